namespace Ecommerce.Modules.Catalog.Stock;

internal sealed record StockLine(int ProductId, int Quantity);
