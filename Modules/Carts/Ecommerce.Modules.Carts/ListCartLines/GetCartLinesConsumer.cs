using Ecommerce.Modules.Carts.Contracts;
using Ecommerce.Modules.Carts.Domain;
using MassTransit;

namespace Ecommerce.Modules.Carts.ListCartLines;

/// <summary>Tells the orders module, in process, what a customer's cart holds and which version of it that is.</summary>
internal sealed class GetCartLinesConsumer(CartStore carts) : IConsumer<GetCartLines>
{
    public async Task Consume(ConsumeContext<GetCartLines> context)
    {
        var cart = await carts.ReadAsync(context.Message.CustomerId, context.CancellationToken);
        var lines = cart?.Items.Select(item => new CartLine(item.ProductId, item.Quantity)).ToList() ?? [];
        await context.RespondAsync(new CartLines(cart?.Id ?? 0, cart?.Version ?? 0, lines));
    }
}
