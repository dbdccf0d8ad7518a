using Ecommerce.Modules.Carts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Carts.Data;

/// <summary>
/// A customer's cart read as flat rows, untracked: one per line, or one without a line for an empty cart. The owned
/// collection's shaper would make a delegate on every run, and tracking the lines was most of a cart change's cost.
/// </summary>
internal static class CartReads
{
    private static readonly Func<CartsDbContext, int, IAsyncEnumerable<CartLineRow>> CartLines =
        EF.CompileAsyncQuery((CartsDbContext db, int customerId) =>
            from cart in db.Carts
            where cart.CustomerId == customerId
            from item in cart.Items.DefaultIfEmpty()
            orderby item!.ProductId
            select new CartLineRow(cart.Id, cart.Version, (int?)item.ProductId, (int?)item.Quantity));

    /// <summary>The cart as it is now, with its version; null if the customer has none yet.</summary>
    public static async Task<Cart?> ReadCartAsync(this CartsDbContext db, int customerId, CancellationToken cancellationToken)
    {
        CartLineRow? first = null;
        var items = new List<CartItem>();
        await foreach (var row in CartLines(db, customerId).WithCancellation(cancellationToken))
        {
            first ??= row;
            if (row.ProductId is { } productId)
            {
                items.Add(new CartItem(productId, row.Quantity!.Value));
            }
        }

        return first is null ? null : Cart.Restore(first.CartId, customerId, first.Version, items);
    }

    /// <summary>The cart as the API shows it; null if the customer has none yet.</summary>
    // The rows straight into the answer, not through a Cart: GET /cart is a read path measured on its own.
    public static async Task<CartResponse?> ReadCartResponseAsync(this CartsDbContext db, int customerId, CancellationToken cancellationToken)
    {
        int? cartId = null;
        var items = new List<CartItemResponse>();
        await foreach (var row in CartLines(db, customerId).WithCancellation(cancellationToken))
        {
            cartId = row.CartId;
            if (row.ProductId is { } productId)
            {
                items.Add(new CartItemResponse(productId, row.Quantity!.Value));
            }
        }

        return cartId is { } id ? new CartResponse(id, customerId, items) : null;
    }
}
