using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;

namespace Ecommerce.Kafka.Tests;

internal static class Deliveries
{
    /// <summary>The catalog's handling of an order the customer placed: where its stock gets reserved.</summary>
    public static bool IsReservationOf(ConsumerDelivery delivery, TestUser customer) =>
        delivery.Module == "catalog" && delivery.Is<OrderPlaced>() && delivery.Read<OrderPlaced>().CustomerId == customer.Id;
}
