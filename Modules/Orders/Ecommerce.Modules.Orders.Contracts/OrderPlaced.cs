namespace Ecommerce.Modules.Orders.Contracts;

/// <summary>A customer placed an order; the catalog is to reserve its lines.</summary>
public sealed record OrderPlaced(int OrderId, int CustomerId, IReadOnlyList<OrderLine> Lines);

public sealed record OrderLine(int ProductId, int Quantity);
