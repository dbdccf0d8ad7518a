namespace Ecommerce.Modules.Orders.CustomerOrders;

internal enum OrderStatus
{
    Pending,
    Confirmed,
    Rejected,
    Cancelled,
    Paid,
    Shipped,
    Delivered,
}
