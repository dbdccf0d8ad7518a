namespace Ecommerce.Modules.Catalog.Contracts;

/// <summary>A line of the order was short of stock (the first one found); nothing was set aside.</summary>
public sealed record StockReservationFailed(int OrderId, int ProductId);
