using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Carts.Data;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Carts.Domain;

/// <summary>Loads a customer's cart, creating it on first use, and saves changes to it in one write transaction.</summary>
internal sealed class CartStore(CartsDbContext db)
{
    // Compiled once: every cart request reads the cart, and these skip building and matching an expression tree each time.
    private static readonly Func<CartsDbContext, int, CancellationToken, Task<Cart?>> CartToRead =
        EF.CompileAsyncQuery((CartsDbContext db, int customerId, CancellationToken _) =>
            db.Carts.AsNoTracking().Include(cart => cart.Items).FirstOrDefault(cart => cart.CustomerId == customerId));

    // One flat row per line, or one without a line for an empty cart: the owned collection's shaper would make a
    // delegate on every run.
    private static readonly Func<CartsDbContext, int, IAsyncEnumerable<CartLineRow>> CartLines =
        EF.CompileAsyncQuery((CartsDbContext db, int customerId) =>
            from cart in db.Carts
            where cart.CustomerId == customerId
            from item in cart.Items.DefaultIfEmpty()
            orderby item!.ProductId
            select new CartLineRow(cart.Id, (int?)item.ProductId, (int?)item.Quantity));

    private static readonly Func<CartsDbContext, int, CancellationToken, Task<Cart?>> CartToChange =
        EF.CompileAsyncQuery((CartsDbContext db, int customerId, CancellationToken _) =>
            db.Carts.Include(cart => cart.Items).FirstOrDefault(cart => cart.CustomerId == customerId));

    /// <summary>
    /// Applies <paramref name="change"/> to the customer's cart, loaded afresh, and commits; retried if a concurrent
    /// writer won (safe: the change is applied to what was read inside, and touches nothing outside the database).
    /// </summary>
    /// <returns>The saved cart, or null if <paramref name="change"/> declined (returned false) and nothing changed.</returns>
    public Task<Cart?> ChangeAsync(int customerId, Func<Cart, bool> change, CancellationToken cancellationToken) =>
        db.WriteRetryingOnConflictAsync(token => ApplyAsync(customerId, change, token), cancellationToken);

    // The unit of work saves what the change did.
    private async Task<Cart?> ApplyAsync(int customerId, Func<Cart, bool> change, CancellationToken cancellationToken)
    {
        var cart = await LoadAsync(customerId, cancellationToken);
        if (cart is null)
        {
            cart = Cart.For(customerId);
            db.Carts.Add(cart);
        }

        return change(cart) ? cart : null;
    }

    /// <summary>The cart as it is now, for reading only.</summary>
    public Task<Cart?> ReadAsync(int customerId, CancellationToken cancellationToken) => CartToRead(db, customerId, cancellationToken);

    /// <summary>The cart as it is now, as the API shows it; null if the customer has none yet.</summary>
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

    /// <summary>The cart, tracked: changes to it are saved with the caller's write transaction.</summary>
    public Task<Cart?> LoadAsync(int customerId, CancellationToken cancellationToken) => CartToChange(db, customerId, cancellationToken);
}
