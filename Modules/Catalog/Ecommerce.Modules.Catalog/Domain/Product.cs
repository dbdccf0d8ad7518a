namespace Ecommerce.Modules.Catalog.Domain;

internal sealed class Product
{
    public int Id { get; private set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public decimal Price { get; set; }

    /// <summary>Changed by reservations only through conditional updates (see <c>StockLedger</c>).</summary>
    public int Stock { get; set; }
}
