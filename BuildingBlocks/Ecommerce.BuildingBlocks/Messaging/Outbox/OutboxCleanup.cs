using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Messaging.Outbox;

/// <summary>Deletes a module's outbox rows once they were sent longer ago than <c>Messaging:OutboxRetention</c>.</summary>
internal sealed class OutboxCleanup<TContext>(
    IServiceScopeFactory scopes, MessagingOptions options, TimeProvider time, string module, ILogger<OutboxCleanup<TContext>> logger)
    : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.OutboxCleanupInterval);
        try
        {
            do
            {
                await DeleteSentAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task DeleteSentAsync(CancellationToken cancellationToken)
    {
        try
        {
            await DeleteSentRowsAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "The {Module} outbox could not be cleaned up", module);
        }
    }

    private async Task DeleteSentRowsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var sentBefore = time.GetUtcNow().UtcDateTime - options.OutboxRetention;
        var deleted = await db.WriteAsync(
            token => db.Set<OutboxMessage>().Where(row => row.SentAt != null && row.SentAt < sentBefore).ExecuteDeleteAsync(token),
            cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} sent rows from the {Module} outbox", deleted, module);
        }
    }
}
