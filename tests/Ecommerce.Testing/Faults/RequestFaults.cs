namespace Ecommerce.Testing.Faults;

/// <summary>
/// Stops a host's question to another module (a MassTransit request) on its way, as if the process died there. Register
/// it per request type with <see cref="FaultInjection.InjectRequestFaults{TRequest}"/>; it acts before the request is sent.
/// </summary>
public sealed class RequestFaults
{
    private readonly Lock _lock = new();
    private readonly List<(Func<object, bool> Which, HeldRequest Held)> _holds = [];

    /// <summary>Stops the first matching request until released, or until the host stops (the call then fails as if cut off).</summary>
    public HeldRequest Hold(Func<object, bool> which)
    {
        var held = new HeldRequest();
        lock (_lock)
        {
            _holds.Add((which, held));
        }

        return held;
    }

    internal Task BeforeAsync(object request, CancellationToken hostStopping, CancellationToken cancellationToken)
    {
        HeldRequest? held = null;
        lock (_lock)
        {
            var index = _holds.FindIndex(hold => hold.Which(request));
            if (index >= 0)
            {
                held = _holds[index].Held;
                _holds.RemoveAt(index);
            }
        }

        return held?.WaitAsync(request, hostStopping, cancellationToken) ?? Task.CompletedTask;
    }
}

/// <summary>A request stopped by <see cref="RequestFaults.Hold"/>.</summary>
public sealed class HeldRequest
{
    private readonly TaskCompletionSource<object> _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the request when it reaches the hold.</summary>
    public Task<object> Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    internal async Task WaitAsync(object request, CancellationToken hostStopping, CancellationToken cancellationToken)
    {
        _reached.TrySetResult(request);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(hostStopping, cancellationToken);
        await _released.Task.WaitAsync(either.Token);
    }
}
