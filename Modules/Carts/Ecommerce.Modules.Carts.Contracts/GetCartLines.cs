namespace Ecommerce.Modules.Carts.Contracts;

/// <summary>Request: the lines of this customer's cart. Answered with <see cref="CartLines"/>.</summary>
public sealed record GetCartLines(int CustomerId);

/// <param name="CartId">The customer's cart; 0 if they have none yet (and so no lines).</param>
/// <param name="Version">Changes with every change of the cart: (CartId, Version) names one content of the cart.</param>
/// <param name="Lines">What the cart holds, one line per product.</param>
public sealed record CartLines(int CartId, int Version, IReadOnlyList<CartLine> Lines);

public sealed record CartLine(int ProductId, int Quantity);
