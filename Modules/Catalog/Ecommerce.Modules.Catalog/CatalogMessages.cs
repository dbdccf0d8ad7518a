namespace Ecommerce.Modules.Catalog;

internal static class CatalogMessages
{
    public const string ProductNotFound = "Product not found";
    public const string ProductDeleted = "Product deleted successfully";
}
