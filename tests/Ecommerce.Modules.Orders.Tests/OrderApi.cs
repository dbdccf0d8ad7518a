using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>The cart and order endpoints as a client calls them.</summary>
internal static class OrderApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static async Task AddToCartAsync(this TestUser user, int productId, int quantity) =>
        await (await user.Client.PostAsJsonAsync("/cart", new { productId, quantity })).ExpectAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> CartAsync(this TestUser user) =>
        await (await user.Client.GetAsync("/cart")).ExpectAsync(HttpStatusCode.OK);

    /// <summary>The cart's lines as productId → quantity.</summary>
    public static Dictionary<int, int> Lines(this JsonElement cart) =>
        cart.GetProperty("items").EnumerateArray()
            .ToDictionary(item => item.GetProperty("productId").GetInt32(), item => item.GetProperty("quantity").GetInt32());

    public static async Task<HttpResponseMessage> PostOrderAsync(this TestUser user, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/order");
        if (idempotencyKey is not null)
        {
            request.Headers.Add(IdempotencyHeader, idempotencyKey);
        }

        return await user.Client.SendAsync(request);
    }

    public static async Task<JsonElement> PlaceOrderAsync(this TestUser user, string? idempotencyKey = null) =>
        await (await user.PostOrderAsync(idempotencyKey)).ExpectAsync(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> GetOrderAsync(this TestUser user, int orderId) =>
        user.Client.GetAsync($"/order/{orderId}");

    public static async Task<JsonElement> OrderAsync(this TestUser user, int orderId) =>
        await (await user.GetOrderAsync(orderId)).ExpectAsync(HttpStatusCode.OK);

    public static async Task<string> StatusOfAsync(this TestUser user, int orderId) =>
        (await user.OrderAsync(orderId)).GetProperty("status").GetString()!;

    public static async Task<JsonElement[]> OrdersAsync(this TestUser user) =>
        (await (await user.Client.GetAsync("/orders")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToArray();

    /// <summary>Every unit the customer's orders hold, as productId → quantity.</summary>
    public static async Task<Dictionary<int, int>> OrderedUnitsAsync(this TestUser user) =>
        (await user.OrdersAsync())
            .SelectMany(order => order.GetProperty("items").EnumerateArray())
            .GroupBy(item => item.GetProperty("productId").GetInt32())
            .ToDictionary(group => group.Key, group => group.Sum(item => item.GetProperty("quantity").GetInt32()));

    public static Task<HttpResponseMessage> ChangeStatusAsync(this TestUser user, int orderId, string status) =>
        user.Client.PatchAsJsonAsync($"/order/{orderId}", new { status });

    public static Task<HttpResponseMessage> CheckoutAsync(this TestUser user, int orderId) =>
        user.Client.GetAsync($"/orders/{orderId}/checkout");

    public static Task<HttpResponseMessage> CheckoutByPostAsync(this TestUser user, int orderId) =>
        user.Client.PostAsync($"/orders/{orderId}/checkout", content: null);

    public static Task<HttpResponseMessage> DeleteOrderAsync(this TestUser user, int orderId) =>
        user.Client.DeleteAsync($"/order/{orderId}");

    public static int OrderId(this JsonElement order) => order.GetProperty("orderId").GetInt32();

    public static string[] PropertyNames(this JsonElement element) =>
        element.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Asserts a 200 answer carrying exactly <paramref name="message"/>.</summary>
    public static async Task ExpectMessageAsync(this HttpResponseMessage response, string message)
    {
        var body = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.That(body.GetProperty("message").GetString(), Is.EqualTo(message));
    }
}
