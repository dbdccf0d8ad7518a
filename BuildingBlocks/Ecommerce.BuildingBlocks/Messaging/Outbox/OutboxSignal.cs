namespace Ecommerce.BuildingBlocks.Messaging.Outbox;

/// <summary>Wakes a module's outbox dispatcher as soon as a transaction that wrote outbox rows commits.</summary>
public sealed class OutboxSignal<TContext>
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Another commit woke the dispatcher at the same moment; one wake-up is enough.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, cancellationToken);
}
