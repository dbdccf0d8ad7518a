using System.Globalization;

namespace Ecommerce.Modules.Orders.CustomerOrders;

internal static class OrderEvents
{
    /// <summary>Every event about an order carries its id as the key, so they travel, and arrive, in order.</summary>
    public static string Key(int orderId) => orderId.ToString(CultureInfo.InvariantCulture);
}
