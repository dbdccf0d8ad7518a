using System.Collections.Concurrent;
using Ecommerce.Modules.Orders.Domain;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>
/// A payment gateway a test scripts per order: hold a charge until released, decline it, or fail it. It counts the
/// charges it accepted and the refunds it made, so a test can tell whether an order was charged, and how often.
/// </summary>
internal sealed class ScriptedPaymentGateway : IPaymentGateway
{
    public const string FailureMessage = "Planned gateway failure";

    private readonly ConcurrentDictionary<int, int> _charges = new();
    private readonly ConcurrentDictionary<int, int> _refunds = new();
    private readonly ConcurrentDictionary<int, ConcurrentQueue<Func<Task<bool>>>> _scripts = new();

    public int ChargesOf(int orderId) => _charges.GetValueOrDefault(orderId);

    public int RefundsOf(int orderId) => _refunds.GetValueOrDefault(orderId);

    /// <summary>The order's next charge waits until the returned source is completed (true accepts it, false declines it).</summary>
    public TaskCompletionSource<bool> Hold(int orderId, out Task reached)
    {
        var outcome = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Script(orderId, () =>
        {
            arrived.TrySetResult();
            return outcome.Task;
        });
        reached = arrived.Task;
        return outcome;
    }

    /// <summary>Every charge of the order takes <paramref name="delay"/> and is then accepted.</summary>
    public void Slow(int orderId, TimeSpan delay, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Script(orderId, async () =>
            {
                await Task.Delay(delay);
                return true;
            });
        }
    }

    public void Decline(int orderId) => Script(orderId, () => Task.FromResult(false));

    public void Fail(int orderId) => Script(orderId, () => throw new InvalidOperationException(FailureMessage));

    public async Task<bool> ChargeAsync(int orderId, int customerId, decimal amount, CancellationToken cancellationToken)
    {
        var accepted = _scripts.TryGetValue(orderId, out var script) && script.TryDequeue(out var next) ? await next() : true;
        if (accepted)
        {
            _charges.AddOrUpdate(orderId, 1, (_, count) => count + 1);
        }

        return accepted;
    }

    public Task RefundAsync(int orderId, int customerId, decimal amount, CancellationToken cancellationToken)
    {
        _refunds.AddOrUpdate(orderId, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    private void Script(int orderId, Func<Task<bool>> step) => _scripts.GetOrAdd(orderId, _ => new ConcurrentQueue<Func<Task<bool>>>()).Enqueue(step);
}
