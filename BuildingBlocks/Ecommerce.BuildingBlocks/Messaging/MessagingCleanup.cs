using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Messaging;

/// <summary>
/// Keeps a module's messaging tables from growing for ever, every <c>Messaging:OutboxCleanupInterval</c>: outbox rows sent
/// longer ago than <c>Messaging:OutboxRetention</c>, inbox entries handled longer ago than <c>Messaging:InboxRetention</c>,
/// and dead letters discarded longer ago than that. Each goes in statements of at most <c>Messaging:CleanupBatchSize</c>
/// rows, each its own short transaction, so that no sweep holds a lock on a table (SQL Server escalates past ~5,000 rows).
/// Parked entries and dead letters nobody discarded stay.
/// </summary>
internal sealed class MessagingCleanup<TContext>(
    IServiceScopeFactory scopes, MessagingOptions options, TimeProvider time, string module, ILogger<MessagingCleanup<TContext>> logger)
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
                await SweepQuietlyAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One sweep of the three tables.</summary>
    /// <returns>The rows each delete statement removed, table by table.</returns>
    internal async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var sentBefore = now - options.OutboxRetention;
        var handledBefore = now - options.InboxRetention;
        var result = new SweepResult(
            await DeleteInBatchesAsync(
                db => db.Set<OutboxMessage>().Where(row => row.SentAt != null && row.SentAt < sentBefore).OrderBy(row => row.SentAt), cancellationToken),
            await DeleteInBatchesAsync(
                db => db.Set<InboxMessage>().Where(entry => !entry.Parked && entry.HandledAt < handledBefore).OrderBy(entry => entry.HandledAt), cancellationToken),
            await DeleteInBatchesAsync(
                db => db.Set<DeadLetter>().Where(letter => letter.DiscardedAt != null && letter.DiscardedAt < handledBefore).OrderBy(letter => letter.DiscardedAt),
                cancellationToken));
        if (result.Outbox.Sum() + result.Inbox.Sum() + result.DeadLetters.Sum() > 0)
        {
            logger.LogInformation("Cleaned the {Module} messaging tables: {Outbox} outbox rows, {Inbox} inbox entries, {DeadLetters} dead letters",
                module, result.Outbox.Sum(), result.Inbox.Sum(), result.DeadLetters.Sum());
        }

        return result;
    }

    private async Task SweepQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SweepAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "The {Module} messaging tables could not be cleaned up", module);
        }
    }

    // The oldest first, along each table's index on its time; a batch without an order would be any rows EF Core's query
    // picked, and EF Core warns of that on every sweep.
    private async Task<IReadOnlyList<int>> DeleteInBatchesAsync<T>(Func<TContext, IOrderedQueryable<T>> rows, CancellationToken cancellationToken)
    {
        var statements = new List<int>();
        int deleted;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            deleted = await db.WriteAsync(token => rows(db).Take(options.CleanupBatchSize).ExecuteDeleteAsync(token), cancellationToken);
            statements.Add(deleted);
        }
        while (deleted == options.CleanupBatchSize);

        return statements;
    }
}

/// <summary>What one sweep deleted: per table, the rows of each statement.</summary>
internal sealed record SweepResult(IReadOnlyList<int> Outbox, IReadOnlyList<int> Inbox, IReadOnlyList<int> DeadLetters);
