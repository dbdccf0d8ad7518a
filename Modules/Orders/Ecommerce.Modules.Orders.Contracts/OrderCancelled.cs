namespace Ecommerce.Modules.Orders.Contracts;

/// <summary>The order was cancelled or deleted while it may hold stock; the catalog is to release what it reserved.</summary>
public sealed record OrderCancelled(int OrderId, int CustomerId);
