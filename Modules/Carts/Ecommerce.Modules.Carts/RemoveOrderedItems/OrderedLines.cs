using Ecommerce.Modules.Carts.Data;
using Ecommerce.Modules.Carts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Carts.RemoveOrderedItems;

/// <summary>Takes an order's lines out of its customer's cart once, whether the placement or the OrderPlaced event asks first.</summary>
internal sealed class OrderedLines(CartsDbContext db, CartStore carts, TimeProvider time)
{
    // Compiled once: asked for every order, by its placement and again by its OrderPlaced event.
    private static readonly Func<CartsDbContext, int, CancellationToken, Task<bool>> IsTaken =
        EF.CompileAsyncQuery((CartsDbContext db, int orderId, CancellationToken _) => db.TakenOrders.Any(taken => taken.OrderId == orderId));

    // Lines taken before (usually by the placement, before this order's OrderPlaced event): only the version is asked.
    private static readonly Func<CartsDbContext, int, CancellationToken, Task<int?>> VersionOf =
        EF.CompileAsyncQuery((CartsDbContext db, int customerId, CancellationToken _) =>
            db.Carts.Where(cart => cart.CustomerId == customerId).Select(cart => (int?)cart.Version).FirstOrDefault());

    /// <summary>
    /// Inside the caller's write transaction. Two callers racing on a server database both find the order not yet
    /// taken; the cart's version and the TakenOrders key let only one commit, and the other, run again, finds it taken.
    /// </summary>
    /// <returns>The cart's version with the lines out (its current one if they were taken before), 0 if there is no cart.</returns>
    public async Task<int> TakeOutAsync(int customerId, int orderId, IEnumerable<(int ProductId, int Quantity)> lines, CancellationToken cancellationToken)
    {
        if (await IsTaken(db, orderId, cancellationToken))
        {
            return await VersionOf(db, customerId, cancellationToken) ?? 0;
        }

        var changed = await carts.ChangeStoredAsync(
            customerId,
            cart =>
            {
                cart.TakeOut(lines);
                return true;
            },
            cancellationToken);
        db.TakenOrders.Add(TakenOrder.Of(orderId, customerId, time.GetUtcNow().UtcDateTime));
        return changed?.Cart.Version ?? 0;
    }
}
