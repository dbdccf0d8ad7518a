namespace Ecommerce.Modules.Catalog.Contracts;

/// <summary>The catalog set aside every line of the order.</summary>
public sealed record StockReserved(int OrderId);

/// <summary>A line of the order was short of stock (the first one found); nothing was set aside.</summary>
public sealed record StockReservationFailed(int OrderId, int ProductId);
