using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Carts.Tests;

/// <summary>The cart endpoints as a client calls them.</summary>
internal static class CartApi
{
    public static Task<HttpResponseMessage> AddToCartAsync(this TestUser user, int productId, int quantity) =>
        user.Client.PostAsJsonAsync("/cart", new { productId, quantity });

    public static Task<HttpResponseMessage> UpdateLineAsync(this TestUser user, int productId, int qty) =>
        user.Client.PatchAsJsonAsync($"/cart/{productId}", new { qty });

    public static Task<HttpResponseMessage> RemoveLineAsync(this TestUser user, int productId) =>
        user.Client.DeleteAsync($"/cart/{productId}");

    public static async Task<JsonElement> CartAsync(this TestUser user) =>
        await (await user.Client.GetAsync("/cart")).ExpectAsync(HttpStatusCode.OK);

    /// <summary>The cart's lines as productId → quantity.</summary>
    public static Dictionary<int, int> Lines(this JsonElement cart) =>
        cart.GetProperty("items").EnumerateArray()
            .ToDictionary(item => item.GetProperty("productId").GetInt32(), item => item.GetProperty("quantity").GetInt32());

    public static string[] PropertyNames(this JsonElement element) =>
        element.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal).ToArray();

    public static HttpRequestMessage Json(HttpMethod method, string path, string body) =>
        new(method, path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };

    /// <summary>
    /// A cart validation answer: the problem, its <c>errors</c> (naming <paramref name="field"/> unless it is null),
    /// and the seed's extra <c>error</c> key.
    /// </summary>
    public static async Task ExpectCartValidationErrorAsync(this HttpResponseMessage response, string? field)
    {
        var problem = field is null
            ? await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "Validation error")
            : await response.ExpectValidationErrorAsync(field);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("error").GetString(), Is.EqualTo("Validation error"));
            Assert.That(problem.GetProperty("errors").EnumerateObject().Count(), Is.Positive);
        });
    }
}
