namespace Ecommerce.Modules.Catalog.Domain;

internal sealed record ProductResponse(int Id, string Name, string Description, decimal Price, int Stock)
{
    public static ProductResponse From(Product product) =>
        new(product.Id, product.Name, product.Description, product.Price, product.Stock);
}
