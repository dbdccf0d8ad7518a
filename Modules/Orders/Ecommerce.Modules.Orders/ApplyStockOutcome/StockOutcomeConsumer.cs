using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Orders.ApplyStockOutcome;

/// <summary>
/// Applies the catalog's answer to a Pending order: Confirmed or Rejected. An order that moved on
/// meanwhile (cancelled, deleted) is left as it is; the catalog has its cancellation too.
/// </summary>
internal sealed class StockOutcomeConsumer(OrdersDbContext db, TimeProvider time) : IConsumer<StockReserved>, IConsumer<StockReservationFailed>
{
    // Compiled once: every order is decided here.
    private static readonly Func<OrdersDbContext, int, CancellationToken, Task<Order?>> OrderToDecide =
        EF.CompileAsyncQuery((OrdersDbContext db, int orderId, CancellationToken _) => db.Orders.FirstOrDefault(order => order.Id == orderId));

    public Task Consume(ConsumeContext<StockReserved> context) =>
        DecideAsync(context.Message.OrderId, OrderStatus.Confirmed, context.CancellationToken);

    public Task Consume(ConsumeContext<StockReservationFailed> context) =>
        DecideAsync(context.Message.OrderId, OrderStatus.Rejected, context.CancellationToken);

    private async Task DecideAsync(int orderId, OrderStatus outcome, CancellationToken cancellationToken)
    {
        var order = await OrderToDecide(db, orderId, cancellationToken);
        // The status is a concurrency token: a cancellation committed meanwhile makes this fail and, retried, do nothing.
        if (order is not { Status: OrderStatus.Pending })
        {
            return;
        }

        if (outcome == OrderStatus.Confirmed)
        {
            order.Confirm(time.GetUtcNow().UtcDateTime);
        }
        else
        {
            order.MoveTo(outcome);
        }
    }
}
