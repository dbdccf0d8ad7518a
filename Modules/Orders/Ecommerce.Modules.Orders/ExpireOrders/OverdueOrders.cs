using System.Linq.Expressions;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ecommerce.Modules.Orders.ExpireOrders;

/// <summary>
/// The orders nobody moves on: a Pending order the catalog has not answered for <c>Orders:ReservationTimeout</c> is
/// asked about again, and after <c>Orders:ReservationAttempts</c> asks it is Rejected and whatever stock the catalog
/// holds for it released; a Confirmed order unpaid for <c>Orders:PaymentTimeout</c> is cancelled as a customer would.
/// Each order is one conditional unit of work, so a customer's move or a second sweeper in between wins cleanly.
/// </summary>
internal sealed class OverdueOrders(
    OrdersDbContext db, OrderCancellation cancellation, OrdersOptions options, TimeProvider time, ILogger<OverdueOrders> logger)
{
    private const int BatchSize = 100;

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var askedBefore = now - options.ReservationTimeout;
        var confirmedBefore = now - options.PaymentTimeout;
        var unanswered = await OverdueAsync(order => order.Status == OrderStatus.Pending && order.ReservationRequestedAt < askedBefore, cancellationToken);
        foreach (var orderId in unanswered)
        {
            await OneAsync(token => AskAgainOrRejectAsync(orderId, now, token), cancellationToken);
        }

        var unpaid = await OverdueAsync(order => order.Status == OrderStatus.Confirmed && (order.ConfirmedAt ?? order.PlacedAt) < confirmedBefore, cancellationToken);
        foreach (var orderId in unpaid)
        {
            await OneAsync(token => CancelUnpaidAsync(orderId, now, token), cancellationToken);
        }
    }

    private async Task AskAgainOrRejectAsync(int orderId, DateTime now, CancellationToken cancellationToken)
    {
        var order = await db.Orders.FirstOrDefaultAsync(order => order.Id == orderId, cancellationToken);
        if (order is not { Status: OrderStatus.Pending } || order.ReservationRequestedAt >= now - options.ReservationTimeout)
        {
            return; // Decided, cancelled or asked again meanwhile.
        }

        if (order.ReservationRequests < options.ReservationAttempts)
        {
            order.AskForReservationAgain(now);
            db.PublishPlaced(order); // The catalog answers from its record if it decided already.
            return;
        }

        logger.LogWarning("Order {OrderId} had no answer from the catalog after {Attempts} asks; it is Rejected", order.Id, order.ReservationRequests);
        order.MoveTo(OrderStatus.Rejected);
        // The catalog gives back what it reserved if only its answer was lost, and reserves nothing if the ask comes late.
        db.PublishIntegrationEvent(new OrderCancelled(order.Id, order.CustomerId), order.Id);
    }

    private async Task CancelUnpaidAsync(int orderId, DateTime now, CancellationToken cancellationToken)
    {
        var order = await db.Orders.FirstOrDefaultAsync(order => order.Id == orderId, cancellationToken);
        if (order is not { Status: OrderStatus.Confirmed } || (order.ConfirmedAt ?? order.PlacedAt) >= now - options.PaymentTimeout
            || cancellation.IsCheckingOut(order))
        {
            return; // Paid, cancelled or being paid meanwhile.
        }

        logger.LogInformation("Order {OrderId} was not paid within {Timeout}; it is cancelled and its stock released", order.Id, options.PaymentTimeout);
        await cancellation.CancelAsync(order, cancellationToken);
    }

    private Task<List<int>> OverdueAsync(Expression<Func<Order, bool>> overdue, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().Where(overdue).OrderBy(order => order.Id).Select(order => order.Id).Take(BatchSize).ToListAsync(cancellationToken);

    private async Task OneAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await db.WriteRetryingOnConflictAsync(work, cancellationToken);
        db.ChangeTracker.Clear();
    }
}
