namespace Ecommerce.Modules.Carts;

internal static class CartsMessages
{
    public const string ProductNotFound = "Product not found";
    public const string InsufficientStock = "Insufficient stock";
    public const string ItemNotFound = "Item not found in cart";
    public const string CartUpdated = "Cart updated successfully";
    public const string ItemDeleted = "Cart item deleted successfully";
}
