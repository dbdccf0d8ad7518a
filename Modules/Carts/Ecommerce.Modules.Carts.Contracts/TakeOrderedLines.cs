namespace Ecommerce.Modules.Carts.Contracts;

/// <summary>
/// Request: take an order's lines out of its customer's cart (lines added since stay). Done once per order, whoever
/// asks first: the order's placement, or its OrderPlaced event; asking again does nothing. Answered with
/// <see cref="OrderedLinesTaken"/>.
/// </summary>
public sealed record TakeOrderedLines(int CustomerId, int OrderId, IReadOnlyList<CartLine> Lines);

public sealed record OrderedLinesTaken(int OrderId);
