using System.Net;
using System.Net.Http.Json;

namespace Ecommerce.Testing;

public static class Catalog
{
    /// <summary>Creates a product as the admin and returns its id.</summary>
    public static async Task<int> NewProductAsync(this TestUser admin, int stock, decimal price = 10m, string? name = null)
    {
        var response = await admin.Client.PostAsJsonAsync("/product", new { name = name ?? $"Product {Guid.NewGuid():N}", description = "A test product", price, stock });
        return (await response.ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    public static async Task<int> StockOfAsync(this HttpClient client, int productId)
    {
        var response = await client.GetAsync($"/product/{productId}");
        return (await response.ExpectAsync(HttpStatusCode.OK)).GetProperty("stock").GetInt32();
    }
}
