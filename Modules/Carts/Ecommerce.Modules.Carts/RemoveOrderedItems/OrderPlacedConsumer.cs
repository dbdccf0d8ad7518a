using Ecommerce.Modules.Orders.Contracts;
using MassTransit;

namespace Ecommerce.Modules.Carts.RemoveOrderedItems;

/// <summary>
/// Takes what was ordered out of the customer's cart, if the placement did not already (it asks synchronously; this
/// event is what empties the cart when the placement stopped before it could). Lines added since stay.
/// </summary>
internal sealed class OrderPlacedConsumer(OrderedLines ordered) : IConsumer<OrderPlaced>
{
    public async Task Consume(ConsumeContext<OrderPlaced> context)
    {
        var order = context.Message;
        await ordered.TakeOutAsync(order.CustomerId, order.OrderId, order.Lines.Select(line => (line.ProductId, line.Quantity)), context.CancellationToken);
    }
}
