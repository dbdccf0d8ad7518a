using Ecommerce.Modules.Carts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Carts.Data;

/// <summary>
/// A stored cart's change, written as SQL instead of through change tracking: tracking a cart with its lines and saving
/// it was about a third of a cart change's CPU (docs/performance.md, eleventh round). The version goes first, raised on
/// the condition of the version read: a concurrent writer on a server database waits for that row, then matches
/// nothing, and the unit of work runs again; then each line that changed.
/// </summary>
internal static class CartWrites
{
    /// <summary>What <see cref="WriteChangeAsync"/> compares the changed cart with: its version and lines as read.</summary>
    public static CartAsRead AsRead(Cart cart) =>
        new(cart.Version, cart.Items.ToDictionary(item => item.ProductId, item => item.Quantity));

    /// <summary>Writes the difference between <paramref name="asRead"/> and <paramref name="cart"/>, in the caller's transaction.</summary>
    /// <exception cref="DbUpdateConcurrencyException">The cart changed since it was read.</exception>
    public static async Task WriteChangeAsync(this CartsDbContext db, CartAsRead asRead, Cart cart, CancellationToken cancellationToken)
    {
        var sql = CartStatements.For(db);
        if (await db.Database.ExecuteSqlAsync(sql.RaiseVersion(cart.Id, asRead.Version, cart.Version), cancellationToken) == 0)
        {
            throw new DbUpdateConcurrencyException("The cart changed since it was read.");
        }

        foreach (var item in cart.Items)
        {
            if (!asRead.Lines.TryGetValue(item.ProductId, out var quantity))
            {
                await db.Database.ExecuteSqlAsync(sql.InsertLine(cart.Id, item.ProductId, item.Quantity), cancellationToken);
            }
            else if (quantity != item.Quantity)
            {
                await db.Database.ExecuteSqlAsync(sql.SetQuantity(cart.Id, item.ProductId, item.Quantity), cancellationToken);
            }
        }

        foreach (var productId in asRead.Lines.Keys)
        {
            if (cart.Find(productId) is null)
            {
                await db.Database.ExecuteSqlAsync(sql.DeleteLine(cart.Id, productId), cancellationToken);
            }
        }
    }
}

/// <summary>A cart's version and its lines (product id to quantity) as read, before a change.</summary>
internal sealed record CartAsRead(int Version, IReadOnlyDictionary<int, int> Lines);
