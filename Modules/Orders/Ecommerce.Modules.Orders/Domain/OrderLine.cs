namespace Ecommerce.Modules.Orders.Domain;

/// <summary>A product, its quantity and its price when the order was placed; never changes after.</summary>
internal sealed record OrderLine(int ProductId, int Quantity, decimal UnitPrice);
