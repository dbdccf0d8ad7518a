using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Kafka.Tests;

internal static class OutboxOnKafka
{
    /// <summary>Kafka settings for hosts that must notice a broker coming back quickly.</summary>
    public static IDictionary<string, string?> Settings(string bootstrapServers)
    {
        var settings = EcommerceApp.KafkaSettings(bootstrapServers);
        settings["Messaging:OutboxMaxBackoff"] = "00:00:01";
        return settings;
    }

    /// <summary>Outbox rows of the orders module not yet acknowledged by a broker.</summary>
    public static async Task<int> UnsentOrderEventsAsync(this EcommerceApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var contextType = AppDomain.CurrentDomain.GetAssemblies()
            .Single(assembly => string.Equals(assembly.GetName().Name, "Ecommerce.Modules.Orders", StringComparison.Ordinal))
            .GetType("Ecommerce.Modules.Orders.Data.OrdersDbContext", throwOnError: true)!;
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        return await db.Set<OutboxMessage>().CountAsync(row => row.SentAt == null);
    }
}
