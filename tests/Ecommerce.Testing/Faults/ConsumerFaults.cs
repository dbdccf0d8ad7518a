namespace Ecommerce.Testing.Faults;

/// <summary>
/// Makes the host's integration-event consumers slow, failing or stuck on the deliveries a test picks. Register it
/// with <see cref="FaultInjection.InjectConsumerFaults"/>; it acts just before a consumer's inbox transaction
/// begins, on every transport, so a planned failure is retried and dead-lettered like a real one. The first
/// matching plan wins; deliveries no plan matches run as usual.
/// </summary>
public sealed class ConsumerFaults
{
    public const string FaultMessage = "Planned consumer failure";

    private readonly Lock _lock = new();
    private readonly List<Plan> _plans = [];

    /// <summary>Stops the first matching delivery before its consumer runs, until released or until the host stops.</summary>
    public HeldDelivery Hold(Func<ConsumerDelivery, bool> which)
    {
        var held = new HeldDelivery();
        Add(which, times: 1, held.WaitAsync);
        return held;
    }

    /// <summary>The consumer throws on matching deliveries, <paramref name="times"/> times in all (every time by default).</summary>
    /// <returns>How often it has thrown so far, so that a test can tell its fault really happened.</returns>
    public Func<int> Throw(Func<ConsumerDelivery, bool> which, int times = int.MaxValue)
    {
        var thrown = 0;
        Add(which, times, (delivery, _) =>
        {
            Interlocked.Increment(ref thrown);
            throw new InvalidOperationException($"{FaultMessage}: {delivery.Consumer} on {delivery.Message.Type} {delivery.Message.MessageId}");
        });
        return () => Volatile.Read(ref thrown);
    }

    /// <summary>Matching deliveries wait <paramref name="delay"/> before their consumer runs.</summary>
    public void Slow(Func<ConsumerDelivery, bool> which, TimeSpan delay) =>
        Add(which, int.MaxValue, (_, cancellationToken) => Task.Delay(delay, cancellationToken));

    internal Task BeforeAsync(ConsumerDelivery delivery, CancellationToken cancellationToken)
    {
        Plan? plan;
        lock (_lock)
        {
            plan = _plans.Find(candidate => candidate.Left > 0 && candidate.Which(delivery));
            if (plan is not null)
            {
                plan.Left--;
            }
        }

        return plan?.Act(delivery, cancellationToken) ?? Task.CompletedTask;
    }

    private void Add(Func<ConsumerDelivery, bool> which, int times, Func<ConsumerDelivery, CancellationToken, Task> act)
    {
        lock (_lock)
        {
            _plans.Add(new Plan(which, act) { Left = times });
        }
    }

    private sealed record Plan(Func<ConsumerDelivery, bool> Which, Func<ConsumerDelivery, CancellationToken, Task> Act)
    {
        public int Left { get; set; }
    }
}

/// <summary>A delivery stopped by <see cref="ConsumerFaults.Hold"/>: nothing of it is committed while it waits.</summary>
public sealed class HeldDelivery
{
    private readonly TaskCompletionSource<ConsumerDelivery> _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the delivery reaches the hold, i.e. when its record is in flight.</summary>
    public Task<ConsumerDelivery> Reached => _reached.Task;

    /// <summary>Lets the delivery go on to its consumer.</summary>
    public void Release() => _released.TrySetResult();

    /// <summary>Ends the held delivery with a planned failure instead, as if its consumer had thrown.</summary>
    public void Fail() => _released.TrySetException(new InvalidOperationException($"{ConsumerFaults.FaultMessage}: failed after a hold"));

    internal async Task WaitAsync(ConsumerDelivery delivery, CancellationToken cancellationToken)
    {
        _reached.TrySetResult(delivery);
        // A stopping host cancels the wait: the delivery ends as if the process had died at this point.
        await _released.Task.WaitAsync(cancellationToken);
    }
}
