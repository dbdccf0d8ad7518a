namespace Ecommerce.Modules.Carts.Contracts;

/// <summary>
/// Request: take an order's lines out of its customer's cart (lines added since stay). Done once per order, whoever
/// asks first: the order's placement, or its OrderPlaced event; asking again does nothing. Answered with
/// <see cref="OrderedLinesTaken"/>.
/// </summary>
public sealed record TakeOrderedLines(int CustomerId, int OrderId, IReadOnlyList<CartLine> Lines);

/// <param name="OrderId">The order whose lines are out of the cart.</param>
/// <param name="CartVersion">
/// The cart's version once they were out (or later, if they were taken before): a read of the cart with an older
/// version may still hold them. 0 when the customer has no cart.
/// </param>
public sealed record OrderedLinesTaken(int OrderId, int CartVersion);
