using Ecommerce.Modules.Carts.Domain;
using Ecommerce.Modules.Orders.Contracts;
using MassTransit;

namespace Ecommerce.Modules.Carts.RemoveOrderedItems;

/// <summary>Takes what was ordered out of the customer's cart; lines added since stay.</summary>
internal sealed class OrderPlacedConsumer(CartStore carts) : IConsumer<OrderPlaced>
{
    public async Task Consume(ConsumeContext<OrderPlaced> context)
    {
        var order = context.Message;
        var cart = await carts.LoadAsync(order.CustomerId, context.CancellationToken);
        cart?.TakeOut(order.Lines.Select(line => (line.ProductId, line.Quantity)));
    }
}
