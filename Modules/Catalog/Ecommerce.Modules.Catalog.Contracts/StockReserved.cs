namespace Ecommerce.Modules.Catalog.Contracts;

/// <summary>The catalog set aside every line of the order.</summary>
public sealed record StockReserved(int OrderId);
