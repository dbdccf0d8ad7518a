namespace Ecommerce.Modules.Orders.Contracts;

public sealed record OrderLine(int ProductId, int Quantity);

/// <summary>A customer placed an order; the catalog is to reserve its lines.</summary>
public sealed record OrderPlaced(int OrderId, int CustomerId, IReadOnlyList<OrderLine> Lines);

/// <summary>The order was cancelled or deleted while it may hold stock; the catalog is to release what it reserved.</summary>
public sealed record OrderCancelled(int OrderId, int CustomerId);

/// <summary>The customer paid for the order.</summary>
public sealed record OrderPaid(int OrderId, int CustomerId, decimal Amount);
