using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Modules.Orders.Data;

namespace Ecommerce.Modules.Orders.Domain;

/// <summary>
/// Ends an order's claim on stock and money, inside the caller's transaction: refunds a paid order and asks the
/// catalog to give back whatever it holds for the order. The same path for a customer, an admin and the system.
/// </summary>
internal sealed class OrderCancellation(OrdersDbContext db, IPaymentGateway payments, OrdersOptions options, TimeProvider time)
{
    /// <summary>
    /// A checkout holds the order: it may be charging right now, so the order is neither cancelled nor deleted until it
    /// ends. The order's claim is a concurrency token, so a claim taken after this look commits first or not at all.
    /// </summary>
    public bool IsCheckingOut(Order order) => order.IsCheckingOut(time.GetUtcNow().UtcDateTime, options.CheckoutClaimLifetime);

    public async Task CancelAsync(Order order, CancellationToken cancellationToken)
    {
        await ReleaseAsync(order, cancellationToken);
        order.MoveTo(OrderStatus.Cancelled);
    }

    /// <summary>What cancelling and deleting share: the refund and the release of stock.</summary>
    public async Task ReleaseAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.Status == OrderStatus.Paid)
        {
            await payments.RefundAsync(order.Id, order.CustomerId, order.Total, cancellationToken);
        }

        if (order.MayHoldStock)
        {
            // Also sent while Pending: the catalog releases a reservation it made, or refuses one it has yet to make.
            db.PublishIntegrationEvent(new OrderCancelled(order.Id, order.CustomerId), order.Id);
        }
    }
}
