using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Carts.Data;

namespace Ecommerce.Modules.Carts.Domain;

/// <summary>
/// Reads a customer's cart (<see cref="CartReads"/>), and changes it in one write transaction: a new cart is added to the
/// context, a stored one is read untracked and its change written as SQL (<see cref="CartWrites"/>).
/// </summary>
internal sealed class CartStore(CartsDbContext db)
{
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
    public Task<Cart?> ReadAsync(int customerId, CancellationToken cancellationToken) => db.ReadCartAsync(customerId, cancellationToken);

    /// <summary>The cart as it is now, as the API shows it; null if the customer has none yet.</summary>
    public Task<CartResponse?> ReadResponseAsync(int customerId, CancellationToken cancellationToken) =>
        db.ReadCartResponseAsync(customerId, cancellationToken);
}
