namespace Ecommerce.Host.Setup.OpenApi;

internal static class CatalogExamples
{
    private const string Product = """{ "id": 1, "name": "Coffee mug", "description": "Stoneware, 350 ml", "price": 12.5, "stock": 100 }""";
    private const string NotFound = "Product not found";
    private const string AdminOnly = "Forbidden";

    public static readonly Dictionary<string, OperationExample> All = new(StringComparer.Ordinal)
    {
        ["CreateProduct"] = new("""{ "name": "Coffee mug", "description": "Stoneware, 350 ml", "price": 12.5, "stock": 100 }""", Product)
        {
            Problems = { [403] = AdminOnly },
            Invalid = ("price", "Price may have at most 2 decimal places."),
        },
        ["UpdateProduct"] = new("""{ "price": 12.5, "stock": 100 }""", Product)
        {
            Problems = { [403] = AdminOnly, [404] = NotFound },
        },
        ["DeleteProduct"] = new(null, """{ "message": "Product deleted successfully" }""")
        {
            Problems = { [403] = AdminOnly, [404] = NotFound },
        },
        ["GetProduct"] = new(null, Product) { Problems = { [404] = NotFound } },
        ["ListProducts"] = new(null, $"[{Product}]")
        {
            Invalid = ("limit", "'limit' must be between 1 and 100. You entered 0."),
        },
        ["GetStock"] = new("""{ "ids": [1, 2] }""", """[{ "id": 1, "stock": 100 }, { "id": 2, "stock": 0 }]""")
        {
            Invalid = ("ids", "'ids' must not be empty."),
        },
    };
}
