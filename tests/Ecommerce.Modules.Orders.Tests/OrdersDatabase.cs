using System.Globalization;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using Ecommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>What the tests read from, or put straight into, the orders module's own database.</summary>
internal static class OrdersDatabase
{
    /// <summary>
    /// An order that stays Pending: written to the orders database with no OrderPlaced event, so the
    /// catalog never decides it and no timing can move it on before the test acts.
    /// </summary>
    public static async Task<int> InsertPendingOrderAsync(this EcommerceApp app, int customerId, int productId, int quantity = 1, decimal unitPrice = 10m)
    {
        await using var scope = app.HostOf(OrdersModule.ModuleName).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var order = Order.Place(customerId, [new OrderLine(productId, quantity, unitPrice)], DateTime.UtcNow);
        db.Orders.Add(order);
        await db.WriteAsync(CancellationToken.None);
        return order.Id;
    }

    /// <summary>How many events named <paramref name="eventName"/> the orders module published about the order.</summary>
    public static async Task<int> PublishedCountAsync(this EcommerceApp app, int orderId, string eventName)
    {
        await using var scope = app.HostOf(OrdersModule.ModuleName).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var key = orderId.ToString(CultureInfo.InvariantCulture);
        var suffix = "." + eventName;
        return await db.Set<OutboxMessage>().CountAsync(row => row.Key == key && row.Type.EndsWith(suffix));
    }

    /// <summary>How many times the orders module's inbox recorded the message as handled.</summary>
    public static async Task<int> InboxCountAsync(this EcommerceApp app, Guid messageId)
    {
        await using var scope = app.HostOf(OrdersModule.ModuleName).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        return await db.Set<InboxMessage>().CountAsync(row => row.MessageId == messageId);
    }
}
