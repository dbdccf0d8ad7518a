namespace Ecommerce.Modules.Orders.Domain;

internal static class StatusGroups
{
    /// <summary>Paid for: checking out again answers 200 and charges nothing.</summary>
    public static readonly OrderStatus[] Paid = [OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Delivered];

    /// <summary>Still to be paid or decided: what Orders:MaxOpenOrders counts.</summary>
    public static readonly OrderStatus[] Open = [OrderStatus.Pending, OrderStatus.Confirmed];
}
