using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>Orders brought to a given status through the API, waiting for the event flow with deadlines.</summary>
internal static class OrderFlow
{
    public const string StatusUpdated = "Order status updated successfully";

    /// <summary>Fills the customer's (empty) cart, places the order, and waits until the cart has been emptied by it.</summary>
    public static async Task<int> OrderAsync(this TestUser customer, int productId, int quantity, string? idempotencyKey = null)
    {
        await customer.AddToCartAsync(productId, quantity);
        return await customer.OrderCartAsync(idempotencyKey);
    }

    /// <summary>Places the order of what the cart holds and waits until the cart has been emptied by it.</summary>
    public static async Task<int> OrderCartAsync(this TestUser customer, string? idempotencyKey = null)
    {
        var orderId = (await customer.PlaceOrderAsync(idempotencyKey)).OrderId();
        await customer.WaitForEmptyCartAsync();
        return orderId;
    }

    public static Task WaitForEmptyCartAsync(this TestUser customer) =>
        Eventually.Until(async () => (await customer.CartAsync()).Lines().Count, count => count == 0, "the cart to be emptied by the order");

    /// <summary>Waits until the catalog has decided the order (it left Pending) and returns its status.</summary>
    public static Task<string> DecidedStatusAsync(this TestUser user, int orderId) =>
        Eventually.Until(() => user.StatusOfAsync(orderId), status => !string.Equals(status, "Pending", StringComparison.Ordinal), $"order {orderId} to leave Pending");

    public static Task<int> WaitForStockAsync(this TestUser admin, int productId, int expected) =>
        Eventually.Until(() => admin.Client.StockOfAsync(productId), stock => stock == expected, $"stock of product {productId} to be {expected}");

    public static async Task<int> ConfirmedOrderAsync(this TestUser customer, int productId, int quantity = 1)
    {
        var orderId = await customer.OrderAsync(productId, quantity);
        Assert.That(await customer.DecidedStatusAsync(orderId), Is.EqualTo("Confirmed"));
        return orderId;
    }

    public static async Task<int> PaidOrderAsync(this TestUser customer, int productId, int quantity = 1)
    {
        var orderId = await customer.ConfirmedOrderAsync(productId, quantity);
        await (await customer.CheckoutAsync(orderId)).ExpectMessageAsync("Order checked out successfully");
        return orderId;
    }

    public static async Task<int> ShippedOrderAsync(this TestUser customer, TestUser admin, int productId)
    {
        var orderId = await customer.PaidOrderAsync(productId);
        await (await admin.ChangeStatusAsync(orderId, "Shipped")).ExpectMessageAsync(StatusUpdated);
        return orderId;
    }

    public static async Task<int> DeliveredOrderAsync(this TestUser customer, TestUser admin, int productId)
    {
        var orderId = await customer.ShippedOrderAsync(admin, productId);
        await (await admin.ChangeStatusAsync(orderId, "Delivered")).ExpectMessageAsync(StatusUpdated);
        return orderId;
    }

    public static async Task<int> CancelledOrderAsync(this TestUser customer, int productId)
    {
        var orderId = await customer.ConfirmedOrderAsync(productId);
        await (await customer.ChangeStatusAsync(orderId, "Cancelled")).ExpectMessageAsync(StatusUpdated);
        return orderId;
    }

    /// <summary>A rival customer takes the last unit first, so <paramref name="customer"/>'s order of it is rejected.</summary>
    public static async Task<int> RejectedOrderAsync(this TestUser customer, EcommerceApp app, TestUser admin)
    {
        var product = await admin.NewProductAsync(stock: 1);
        var rival = await app.NewCustomerAsync();
        await rival.AddToCartAsync(product, 1);
        await customer.AddToCartAsync(product, 1);
        Assert.That(await rival.DecidedStatusAsync(await rival.OrderCartAsync()), Is.EqualTo("Confirmed"));
        var orderId = await customer.OrderCartAsync();
        Assert.That(await customer.DecidedStatusAsync(orderId), Is.EqualTo("Rejected"));
        return orderId;
    }
}
