using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Catalog.Tests;

internal static class CatalogClient
{
    /// <summary>Creates a product with the given fields and returns it as answered.</summary>
    public static async Task<ProductView> CreateAsync(this TestUser admin, string name = "Desk", string description = "Oak", decimal price = 99.99m, int stock = 5)
    {
        var response = await admin.Client.PostAsJsonAsync("/product", new { name, description, price, stock });
        return ProductView.From(await response.ExpectAsync(HttpStatusCode.Created));
    }

    public static async Task<ProductView> ReadAsync(this HttpClient client, int id) =>
        ProductView.From(await (await client.GetAsync($"/product/{id}")).ExpectAsync(HttpStatusCode.OK));

    public static async Task<List<JsonElement>> ListAsync(this HttpClient client, string query)
    {
        var page = await (await client.GetAsync($"/products{query}")).ExpectAsync(HttpStatusCode.OK);
        return page.EnumerateArray().ToList();
    }

    /// <summary>The field names of a 400 validation answer.</summary>
    public static List<string> ErrorFields(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).ToList();
}
