using Ecommerce.BuildingBlocks.Messaging.Inbox;
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
        await using var scope = app.HostOf(module).Services.CreateAsyncScope();
        return await ContextOf(scope, module).Set<OutboxMessage>().AsNoTracking().OrderBy(row => row.Id).ToListAsync();
    }

    /// <summary>Waits until <paramref name="module"/>'s inbox recorded the message as handled (by any of its consumers).</summary>
    public static Task WaitUntilHandledAsync(this EcommerceApp app, string module, Guid messageId) =>
        Eventually.Until(
            async () =>
            {
                await using var scope = app.HostOf(module).Services.CreateAsyncScope();
                return await ContextOf(scope, module).Set<InboxMessage>().AnyAsync(row => row.MessageId == messageId);
            },
            handled => handled,
            $"the {module} module to handle message {messageId}");

    private static DbContext ContextOf(AsyncServiceScope scope, string module)
    {
        var database = scope.ServiceProvider.GetServices<ModuleDatabase>().Single(database => string.Equals(database.Module, module, StringComparison.Ordinal));
        return (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
    }
}
