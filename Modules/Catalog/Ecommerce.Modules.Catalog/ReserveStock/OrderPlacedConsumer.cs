using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Modules.Catalog.Data;
using Ecommerce.Modules.Catalog.Domain;
using Ecommerce.Modules.Orders.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Catalog.ReserveStock;

/// <summary>
/// Reserves every line of a new order or none, and tells the orders module which it was. An order asked about again
/// (the orders module heard no answer in time) gets the decision recorded the first time, and nothing is reserved twice.
/// </summary>
internal sealed class OrderPlacedConsumer(CatalogDbContext db, StockLedger ledger, TimeProvider time) : IConsumer<OrderPlaced>
{
    // Compiled once: asked for every order.
    private static readonly Func<CatalogDbContext, int, CancellationToken, Task<StockReservation?>> DecisionFor =
        EF.CompileAsyncQuery((CatalogDbContext db, int orderId, CancellationToken _) =>
            db.StockReservations.AsNoTracking().FirstOrDefault(reservation => reservation.OrderId == orderId));

    public async Task Consume(ConsumeContext<OrderPlaced> context)
    {
        var order = context.Message;
        if (await DecisionFor(db, order.OrderId, context.CancellationToken) is { } decided)
        {
            Answer(decided, context.CorrelationId);
            return;
        }

        var lines = order.Lines.Select(line => new StockLine(line.ProductId, line.Quantity)).ToList();
        var shortProductId = await ledger.TryReserveAsync(lines, context.CancellationToken);
        var reservation = shortProductId is null
            ? StockReservation.Reserved(order.OrderId, lines, time.GetUtcNow().UtcDateTime)
            : StockReservation.Failed(order.OrderId, shortProductId.Value, time.GetUtcNow().UtcDateTime);
        db.StockReservations.Add(reservation);
        Answer(reservation, context.CorrelationId);
    }

    private void Answer(StockReservation reservation, Guid? correlationId)
    {
        switch (reservation.Status)
        {
            case ReservationStatus.Reserved:
                db.PublishIntegrationEvent(new StockReserved(reservation.OrderId), reservation.OrderId, correlationId);
                break;
            case ReservationStatus.Failed:
                db.PublishIntegrationEvent(new StockReservationFailed(reservation.OrderId, reservation.ShortProductId ?? 0), reservation.OrderId, correlationId);
                break;
            case ReservationStatus.Released:
                break; // Cancelled before it was placed: the order is no longer waiting for an answer.
        }
    }
}
