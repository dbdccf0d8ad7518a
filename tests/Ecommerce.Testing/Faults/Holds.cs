namespace Ecommerce.Testing.Faults;

/// <summary>The holds a test set on requests or commands of type <typeparamref name="T"/>: each stops the first that matches.</summary>
internal sealed class Holds<T>
{
    private readonly Lock _lock = new();
    private readonly List<(Func<T, bool> Which, HeldRequest Held)> _holds = [];

    public HeldRequest Add(Func<T, bool> which)
    {
        var held = new HeldRequest();
        lock (_lock)
        {
            _holds.Add((which, held));
        }

        return held;
    }

    public void Clear()
    {
        lock (_lock)
        {
            _holds.Clear();
        }
    }

    /// <summary>Waits here if a hold matches <paramref name="item"/>, until it is released or either token is cancelled.</summary>
    public Task WaitIfHeldAsync(T item, CancellationToken hostStopping, CancellationToken cancellationToken)
    {
        HeldRequest? held = null;
        lock (_lock)
        {
            var index = _holds.FindIndex(hold => hold.Which(item));
            if (index >= 0)
            {
                held = _holds[index].Held;
                _holds.RemoveAt(index);
            }
        }

        return held?.WaitAsync(item!, hostStopping, cancellationToken) ?? Task.CompletedTask;
    }
}

/// <summary>A request or a command stopped by a hold (<see cref="RequestFaults.Hold"/>, <see cref="DatabaseFaults.Hold"/>).</summary>
public sealed class HeldRequest
{
    private readonly TaskCompletionSource<object> _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the request (or the command's SQL) when it reaches the hold.</summary>
    public Task<object> Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    internal async Task WaitAsync(object request, CancellationToken hostStopping, CancellationToken cancellationToken)
    {
        _reached.TrySetResult(request);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(hostStopping, cancellationToken);
        await _released.Task.WaitAsync(either.Token);
    }
}
