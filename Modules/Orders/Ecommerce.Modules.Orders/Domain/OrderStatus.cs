namespace Ecommerce.Modules.Orders.Domain;

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
