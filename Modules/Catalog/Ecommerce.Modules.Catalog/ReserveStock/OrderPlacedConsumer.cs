using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Modules.Catalog.Data;
using Ecommerce.Modules.Catalog.Domain;
using Ecommerce.Modules.Orders.Contracts;
using MassTransit;

namespace Ecommerce.Modules.Catalog.ReserveStock;

/// <summary>Reserves every line of a new order or none, and tells the orders module which it was.</summary>
internal sealed class OrderPlacedConsumer(CatalogDbContext db, StockLedger ledger, TimeProvider time) : IConsumer<OrderPlaced>
{
    public async Task Consume(ConsumeContext<OrderPlaced> context)
    {
        var order = context.Message;
        if (await db.StockReservations.FindAsync([order.OrderId], context.CancellationToken) is not null)
        {
            return; // Decided before, or cancelled before it got here: nothing to reserve.
        }

        var lines = order.Lines.Select(line => new StockLine(line.ProductId, line.Quantity)).ToList();
        var shortProductId = await ledger.TryReserveAsync(lines, context.CancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (shortProductId is null)
        {
            db.StockReservations.Add(StockReservation.Reserved(order.OrderId, lines, now));
            db.PublishIntegrationEvent(new StockReserved(order.OrderId), order.OrderId, context.CorrelationId);
        }
        else
        {
            db.StockReservations.Add(StockReservation.Failed(order.OrderId, now));
            db.PublishIntegrationEvent(new StockReservationFailed(order.OrderId, shortProductId.Value), order.OrderId, context.CorrelationId);
        }
    }
}
