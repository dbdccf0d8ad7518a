namespace Ecommerce.Host.Setup.OpenApi;

internal static class CartExamples
{
    private const string Cart = """{ "cartId": 1, "customerId": 2, "items": [{ "productId": 1, "quantity": 2 }] }""";
    private const string ItemNotFound = "Item not found in cart";
    private const string InsufficientStock = "Insufficient stock";

    public static readonly Dictionary<string, OperationExample> All = new(StringComparer.Ordinal)
    {
        ["AddToCart"] = new("""{ "productId": 1, "quantity": 2 }""", Cart)
        {
            Problems = { [404] = "Product not found", [409] = InsufficientStock },
            Invalid = ("quantity", "'quantity' must be between 1 and 1000. You entered 0."),
        },
        ["GetCart"] = new(null, Cart),
        ["UpdateCartItem"] = new("""{ "qty": 3 }""", """{ "message": "Cart updated successfully" }""")
        {
            Problems = { [404] = ItemNotFound, [409] = InsufficientStock },
        },
        ["DeleteCartItem"] = new(null, """{ "message": "Cart item deleted successfully" }""")
        {
            Problems = { [404] = ItemNotFound },
        },
    };
}
