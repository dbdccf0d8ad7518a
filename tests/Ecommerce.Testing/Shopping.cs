using System.Net;
using System.Net.Http.Json;

namespace Ecommerce.Testing;

public static class Shopping
{
    /// <summary>Puts <paramref name="quantity"/> of the product in the customer's cart and places an order; returns its id.</summary>
    public static async Task<int> OrderAsync(this TestUser customer, int productId, int quantity = 1)
    {
        await (await customer.Client.PostAsJsonAsync("/cart", new { productId, quantity })).ExpectAsync(HttpStatusCode.OK);
        var order = await (await customer.Client.PostAsync("/order", null)).ExpectAsync(HttpStatusCode.OK);
        return order.GetProperty("orderId").GetInt32();
    }

    public static async Task<string> StatusOfAsync(this TestUser user, int orderId)
    {
        var order = await (await user.Client.GetAsync($"/order/{orderId}")).ExpectAsync(HttpStatusCode.OK);
        return order.GetProperty("status").GetString()!;
    }

    /// <summary>Waits until the order leaves Pending; returns Confirmed or Rejected.</summary>
    public static Task<string> DecidedStatusOfAsync(this TestUser user, int orderId, TimeSpan? timeout = null) =>
        Eventually.Until(() => user.StatusOfAsync(orderId), status => !string.Equals(status, "Pending", StringComparison.Ordinal), $"order {orderId} to be decided", timeout);
}
