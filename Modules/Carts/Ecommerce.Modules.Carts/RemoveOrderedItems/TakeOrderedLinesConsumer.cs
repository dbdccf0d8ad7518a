using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Carts.Contracts;
using Ecommerce.Modules.Carts.Data;
using MassTransit;

namespace Ecommerce.Modules.Carts.RemoveOrderedItems;

/// <summary>Answers the orders module's request to take a just-placed order's lines out of the cart, before it answers its client.</summary>
internal sealed class TakeOrderedLinesConsumer(CartsDbContext db, OrderedLines ordered) : IConsumer<TakeOrderedLines>
{
    public async Task Consume(ConsumeContext<TakeOrderedLines> context)
    {
        var request = context.Message;
        var lines = request.Lines.Select(line => (line.ProductId, line.Quantity)).ToList();
        var cartVersion = await db.WriteRetryingOnConflictAsync(
            token => ordered.TakeOutAsync(request.CustomerId, request.OrderId, lines, token), context.CancellationToken);
        await context.RespondAsync(new OrderedLinesTaken(request.OrderId, cartVersion));
    }
}
