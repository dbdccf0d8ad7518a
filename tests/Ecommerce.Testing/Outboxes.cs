using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Testing;

public static class Outboxes
{
    /// <summary>The rows of <paramref name="module"/>'s outbox as they are now, oldest first.</summary>
    public static async Task<IReadOnlyList<OutboxMessage>> OutboxAsync(this EcommerceApp app, string module)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetServices<ModuleDatabase>().Single(database => string.Equals(database.Module, module, StringComparison.Ordinal));
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(row => row.Id).ToListAsync();
    }
}
