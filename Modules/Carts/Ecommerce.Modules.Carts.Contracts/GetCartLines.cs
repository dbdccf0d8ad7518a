namespace Ecommerce.Modules.Carts.Contracts;

/// <summary>Request: the lines of this customer's cart. Answered with <see cref="CartLines"/>.</summary>
public sealed record GetCartLines(int CustomerId);

public sealed record CartLines(IReadOnlyList<CartLine> Lines);

public sealed record CartLine(int ProductId, int Quantity);
