namespace Ecommerce.Host.Setup.OpenApi;

internal static class OrdersExamples
{
    private const string PendingOrder =
        """{ "orderId": 7, "customerId": 2, "items": [{ "productId": 1, "quantity": 2, "unitPrice": 12.5 }], "status": "Pending", "total": 25.0 }""";

    private const string ConfirmedOrder =
        """{ "orderId": 7, "customerId": 2, "items": [{ "productId": 1, "quantity": 2, "unitPrice": 12.5 }], "status": "Confirmed", "total": 25.0 }""";

    private const string NotFound = "Order not found";
    private const string CheckoutInProgress = "Order checkout is in progress";

    private static readonly OperationExample Checkout = new(null, """{ "message": "Order checked out successfully" }""")
    {
        Problems = { [402] = "Payment declined", [404] = NotFound, [409] = "Order is not ready for checkout", [502] = "Payment gateway unavailable" },
        OtherProblems = { [409] = [CheckoutInProgress] },
    };

    public static readonly Dictionary<string, OperationExample> All = new(StringComparer.Ordinal)
    {
        ["PlaceOrder"] = new(null, PendingOrder)
        {
            Problems = { [400] = "Cart is empty", [404] = NotFound, [409] = "Product 1 is no longer available" },
            OtherProblems = { [409] = ["Too many open orders"] },
        },
        ["ListOrders"] = new(null, $"[{ConfirmedOrder}]"),
        ["GetOrder"] = new(null, ConfirmedOrder) { Problems = { [404] = NotFound } },
        ["ChangeOrderStatus"] = new("""{ "status": "Cancelled" }""", """{ "message": "Order status updated successfully" }""")
        {
            Problems = { [403] = "Forbidden", [404] = NotFound, [409] = "Cannot change order status from Confirmed to Shipped" },
            OtherProblems = { [409] = [CheckoutInProgress] },
            Invalid = ("status", "Status must be one of Pending, Confirmed, Rejected, Cancelled, Paid, Shipped, Delivered."),
        },
        ["DeleteOrder"] = new(null, """{ "message": "Order deleted successfully" }""")
        {
            Problems = { [404] = NotFound, [409] = "Order cannot be deleted in status Paid" },
            OtherProblems = { [409] = [CheckoutInProgress] },
        },
        ["Checkout"] = Checkout,
        ["CheckoutPost"] = Checkout,
    };
}
