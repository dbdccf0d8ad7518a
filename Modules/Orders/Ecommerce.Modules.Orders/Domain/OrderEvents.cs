using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Modules.Orders.Data;

namespace Ecommerce.Modules.Orders.Domain;

internal static class OrderEvents
{
    /// <summary>Asks the catalog to reserve the order's stock (and the carts module to take its lines out), in the caller's unit of work.</summary>
    public static void PublishPlaced(this OrdersDbContext db, Order order) =>
        db.PublishIntegrationEvent(
            new OrderPlaced(order.Id, order.CustomerId, order.Lines.Select(line => new Contracts.OrderLine(line.ProductId, line.Quantity)).ToList()),
            order.Id);
}
