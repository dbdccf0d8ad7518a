namespace Ecommerce.Modules.Orders.Contracts;

/// <summary>The customer paid for the order.</summary>
public sealed record OrderPaid(int OrderId, int CustomerId, decimal Amount);
