using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Carts.Data;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Carts.Domain;

/// <summary>
/// Reads a customer's cart, and changes it in one write transaction: a new cart is added to the context, a stored one
/// is read untracked and its change written as SQL (<see cref="CartWrites"/>).
/// </summary>
internal sealed class CartStore(CartsDbContext db)
{
    // One flat row per line, or one without a line for an empty cart, compiled once: the owned collection's shaper
    // would make a delegate on every run, and tracking the lines was most of a cart change's cost.
    private static readonly Func<CartsDbContext, int, IAsyncEnumerable<CartLineRow>> CartLines =
        EF.CompileAsyncQuery((CartsDbContext db, int customerId) =>
            from cart in db.Carts
            where cart.CustomerId == customerId
            from item in cart.Items.DefaultIfEmpty()
            orderby item!.ProductId
            select new CartLineRow(cart.Id, cart.Version, (int?)item.ProductId, (int?)item.Quantity));

    /// <summary>
    /// Applies <paramref name="change"/> to the customer's cart, read afresh (created if the customer has none), and
    /// commits; retried if a concurrent writer won (safe: the change is applied to what was read inside, and touches
    /// nothing outside the database).
    /// </summary>
    /// <returns>The saved cart, or null if <paramref name="change"/> declined (returned false) and nothing changed.</returns>
    public Task<Cart?> ChangeAsync(int customerId, Func<Cart, bool> change, CancellationToken cancellationToken) =>
        db.WriteRetryingOnConflictAsync(token => ApplyAsync(customerId, change, token), cancellationToken);

    private async Task<Cart?> ApplyAsync(int customerId, Func<Cart, bool> change, CancellationToken cancellationToken)
    {
        if (await ChangeStoredAsync(customerId, change, cancellationToken) is { } stored)
        {
            return stored.Changed ? stored.Cart : null;
        }

        // The unit of work saves the new cart, whether the change was made or declined.
        var cart = Cart.For(customerId);
        db.Carts.Add(cart);
        return change(cart) ? cart : null;
    }

    /// <summary>
    /// Inside the caller's write transaction: applies <paramref name="change"/> to the customer's stored cart and writes
    /// what it changed, on the condition that no one changed the cart since it was read.
    /// </summary>
    /// <returns>The cart, and whether the change was made; null if the customer has no cart.</returns>
    public async Task<(Cart Cart, bool Changed)?> ChangeStoredAsync(int customerId, Func<Cart, bool> change, CancellationToken cancellationToken)
    {
        if (await ReadAsync(customerId, cancellationToken) is not { } cart)
        {
            return null;
        }

        var asRead = CartWrites.AsRead(cart);
        if (!change(cart))
        {
            return (cart, false);
        }

        await db.WriteChangeAsync(asRead, cart, cancellationToken);
        return (cart, true);
    }

    /// <summary>The cart as it is now, for reading only; null if the customer has none yet.</summary>
    public async Task<Cart?> ReadAsync(int customerId, CancellationToken cancellationToken)
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

    /// <summary>The cart as it is now, as the API shows it; null if the customer has none yet.</summary>
    // The rows straight into the answer, not through ReadAsync's Cart: GET /cart is a read path measured on its own.
    public async Task<CartResponse?> ReadResponseAsync(int customerId, CancellationToken cancellationToken)
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
