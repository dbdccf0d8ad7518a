namespace Ecommerce.Modules.Catalog.Domain;

internal sealed record StockLine(int ProductId, int Quantity);
