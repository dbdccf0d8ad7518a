using Ecommerce.Modules.Catalog.Data;
using Ecommerce.Modules.Catalog.Domain;
using Ecommerce.Modules.Orders.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Catalog.ReleaseStock;

/// <summary>Gives back exactly what a cancelled order holds, once; remembers a cancellation that came first.</summary>
internal sealed class OrderCancelledConsumer(CatalogDbContext db, StockLedger ledger, TimeProvider time) : IConsumer<OrderCancelled>
{
    public async Task Consume(ConsumeContext<OrderCancelled> context)
    {
        var orderId = context.Message.OrderId;
        var now = time.GetUtcNow().UtcDateTime;
        var reservation = await db.StockReservations
            .Include(x => x.Lines)
            .FirstOrDefaultAsync(x => x.OrderId == orderId, context.CancellationToken);
        if (reservation is null)
        {
            db.StockReservations.Add(StockReservation.ReleasedBeforePlacement(orderId, now));
            return;
        }

        if (reservation.Status == ReservationStatus.Reserved)
        {
            await ledger.ReleaseAsync(reservation.Lines, context.CancellationToken);
            reservation.Release(now);
        }
    }
}
