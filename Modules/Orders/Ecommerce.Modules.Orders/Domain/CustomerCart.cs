using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Placement;
using Ecommerce.Modules.Carts.Contracts;
using Ecommerce.Modules.Orders.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ecommerce.Modules.Orders.Domain;

/// <summary>A customer's cart as the carts module tells it: what it holds, and taking an order's lines out of it.</summary>
internal sealed class CustomerCart(
    OrdersDbContext db, IModuleRequestClient<GetCartLines, CartLines> carts,
    IModuleRequestClient<TakeOrderedLines, OrderedLinesTaken> takeOut, ILogger<CustomerCart> logger)
{
    public Task<CartLines> ReadAsync(int customerId, CancellationToken cancellationToken) =>
        carts.GetResponseAsync(new GetCartLines(customerId), cancellationToken);

    /// <summary>
    /// Takes the order's lines out of its cart (the carts module does it once per order) and notes it on the cart's
    /// <see cref="OrderedCart"/>. If the carts module cannot do it now, the order's OrderPlaced event will, and until
    /// it is noted here the next placement from that cart tries again first.
    /// </summary>
    /// <returns>Whether the lines are out of the cart.</returns>
    public async Task<bool> TakeOutAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.CartId is not { } cartId)
        {
            return true; // Placed before carts had versions; its OrderPlaced event took its lines out.
        }

        var lines = order.Lines.Select(line => new CartLine(line.ProductId, line.Quantity)).ToList();
        try
        {
            var taken = await takeOut.GetResponseAsync(new TakeOrderedLines(order.CustomerId, order.Id, lines), cancellationToken);
            await NoteTakenAsync(cartId, order.Id, taken.CartVersion, cancellationToken);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "The lines of order {OrderId} could not be taken out of cart {CartId} now; its OrderPlaced event will", order.Id, cartId);
            return false;
        }
    }

    /// <summary>
    /// Notes that the cart no longer holds the order's lines since <paramref name="cartVersion"/> (0 if not known): the
    /// cart may be ordered again, as read from then on.
    /// </summary>
    public Task NoteTakenAsync(int cartId, int orderId, int cartVersion, CancellationToken cancellationToken) =>
        db.WriteRetryingOnConflictAsync(
            token => db.Database.ExecuteSqlAsync(OrderedCartStatements.For(db).NoteTaken(cartId, orderId, cartVersion), token),
            cancellationToken);
}
