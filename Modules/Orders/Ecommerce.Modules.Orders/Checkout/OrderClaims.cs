using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Orders.Checkout;

/// <summary>A checkout's hold on its order: taken, settled and given back by conditional updates, each its own unit of work.</summary>
internal sealed class OrderClaims(OrdersDbContext db, OrdersOptions options, TimeProvider time)
{
    /// <summary>Claims a Confirmed order of the customer's that no live checkout holds (one given up for abandoned does not count).</summary>
    public async Task<bool> ClaimAsync(int orderId, int customerId, Guid claim, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var abandonedBefore = now - options.CheckoutClaimLifetime;
        var claimed = await db.WriteRetryingOnConflictAsync(
            token => db.Orders
                .Where(order => order.Id == orderId && order.CustomerId == customerId && order.Status == OrderStatus.Confirmed)
                // Our own claim counts as free: a retry after a commit reported lost finds it.
                .Where(order => order.CheckoutClaim == null || order.CheckoutClaim == claim || order.CheckoutClaimedAt < abandonedBefore)
                .ExecuteUpdateAsync(set => set.SetProperty(order => order.CheckoutClaim, claim).SetProperty(order => order.CheckoutClaimedAt, now), token),
            cancellationToken);
        return claimed == 1;
    }

    /// <summary>Confirmed → Paid, only while the claim is ours; inside the caller's unit of work, which publishes OrderPaid with it.</summary>
    public async Task<bool> SettleAsync(int orderId, Guid claim, CancellationToken cancellationToken) =>
        await db.Orders
            .Where(order => order.Id == orderId && order.CheckoutClaim == claim && order.Status == OrderStatus.Confirmed)
            .ExecuteUpdateAsync(
                set => set.SetProperty(order => order.Status, OrderStatus.Paid)
                    .SetProperty(order => order.CheckoutClaim, (Guid?)null)
                    .SetProperty(order => order.CheckoutClaimedAt, (DateTime?)null),
                cancellationToken) == 1;

    /// <summary>Ends the claim without paying (declined, or the gateway failed): the order can be checked out or cancelled again.</summary>
    public Task GiveBackAsync(int orderId, Guid claim) =>
        db.WriteRetryingOnConflictAsync(
            token => db.Orders
                .Where(order => order.Id == orderId && order.CheckoutClaim == claim)
                .ExecuteUpdateAsync(set => set.SetProperty(order => order.CheckoutClaim, (Guid?)null).SetProperty(order => order.CheckoutClaimedAt, (DateTime?)null), token),
            CancellationToken.None);
}
