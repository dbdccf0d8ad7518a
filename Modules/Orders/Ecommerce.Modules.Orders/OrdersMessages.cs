using Ecommerce.Modules.Orders.Domain;

namespace Ecommerce.Modules.Orders;

internal static class OrdersMessages
{
    public const string CartEmpty = "Cart is empty";
    public const string OrderNotFound = "Order not found";
    public const string StatusUpdated = "Order status updated successfully";
    public const string OrderDeleted = "Order deleted successfully";
    public const string CheckedOut = "Order checked out successfully";
    public const string NotReadyForCheckout = "Order is not ready for checkout";
    public const string PaymentDeclined = "Payment declined";
    public const string PaymentFailed = "Payment gateway unavailable";
    public const string CheckoutInProgress = "Order checkout is in progress";
    public const string TooManyOpenOrders = "Too many open orders";

    public static string ProductUnavailable(int productId) => $"Product {productId} is no longer available";

    public static string CannotChange(OrderStatus from, OrderStatus to) => $"Cannot change order status from {from} to {to}";

    public static string CannotDelete(OrderStatus status) => $"Order cannot be deleted in status {status}";
}
