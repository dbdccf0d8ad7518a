using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Delivers one module's outbox rows, oldest first, through the configured transport. Wakes on commit,
/// polls when idle, and backs off while the transport fails; a row is marked sent only once delivered.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    OutboxSignal<TContext> signal,
    IOutboxTransport transport,
    MessagingOptions options,
    TimeProvider time,
    string module,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var backlog = await DispatchBatchAsync(stoppingToken);
                failures = 0;
                if (!backlog)
                {
                    await signal.WaitAsync(options.OutboxPollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                logger.LogWarning(exception, "The {Module} outbox could not deliver; try {Failures} failed", module, failures);
                await Task.Delay(Backoff(failures), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <returns>Whether more rows may be waiting right now.</returns>
    private async Task<bool> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var batch = await db.Set<OutboxMessage>()
            .Where(row => row.SentAt == null)
            .OrderBy(row => row.Id)
            .Take(options.OutboxBatchSize)
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return false;
        }

        var delivery = await transport.DeliverAsync(module, batch.ConvertAll(IntegrationMessage.From), cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var row in batch.Take(delivery.Delivered))
        {
            row.SentAt = now;
        }

        if (delivery.Error is { } error && delivery.Delivered < batch.Count)
        {
            var failed = batch[delivery.Delivered];
            failed.Attempts++;
            failed.LastError = error.Message.Length > 2000 ? error.Message[..2000] : error.Message;
        }

        await db.WriteAsync(CancellationToken.None);

        if (delivery.Error is not null)
        {
            throw new OutboxDeliveryException(module, delivery.Error);
        }

        return batch.Count == options.OutboxBatchSize;
    }

    private TimeSpan Backoff(int failures)
    {
        var delay = TimeSpan.FromMilliseconds(200 * Math.Pow(2, Math.Min(failures - 1, 10)));
        return delay < options.OutboxMaxBackoff ? delay : options.OutboxMaxBackoff;
    }
}

internal sealed class OutboxDeliveryException(string module, Exception inner)
    : Exception($"The {module} outbox transport failed: {inner.Message}", inner);
