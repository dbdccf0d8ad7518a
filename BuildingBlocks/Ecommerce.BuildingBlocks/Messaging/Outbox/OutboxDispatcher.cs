using System.Diagnostics;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Telemetry;
using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Delivers one module's outbox rows, oldest first, through the configured transport. Wakes on commit,
/// polls when idle, and backs off while the transport fails; a row is marked sent only once delivered. A row the
/// transport refuses for good is parked as a dead letter after <c>Messaging:OutboxMaxAttempts</c> tries.
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
            .Where(row => row.SentAt == null && row.ParkedAt == null)
            .OrderBy(row => row.Id)
            .Take(options.OutboxBatchSize)
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return false;
        }

        var delivery = await DeliverAsync(batch, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var row in batch.Take(delivery.Delivered))
        {
            row.SentAt = now;
        }

        var parked = false;
        if (delivery.Error is { } error && delivery.Delivered < batch.Count)
        {
            var failed = batch[delivery.Delivered];
            failed.Attempts++;
            failed.LastError = error.Message.Length > 2000 ? error.Message[..2000] : error.Message;
            parked = delivery.Permanent && failed.Attempts >= options.OutboxMaxAttempts;
            if (parked)
            {
                Park(db, failed, error, now);
            }
        }

        await db.WriteAsync(CancellationToken.None);

        if (delivery.Error is not null && !parked)
        {
            throw new OutboxDeliveryException(module, delivery.Error);
        }

        return parked || batch.Count == options.OutboxBatchSize;
    }

    private async Task<OutboxDelivery> DeliverAsync(List<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var messages = new List<IntegrationMessage>(batch.Count);
        var spans = new List<Activity>(batch.Count);
        foreach (var message in batch.Select(IntegrationMessage.From))
        {
            var span = MessagingTracing.StartDeliver(module, message);
            messages.Add(span is null ? message : message with { TraceParent = span.Id });
            if (span is not null)
            {
                spans.Add(span);
            }
        }

        try
        {
            return await transport.DeliverAsync(module, messages, cancellationToken);
        }
        finally
        {
            spans.ForEach(span => span.Dispose());
            Activity.Current = null;
        }
    }

    // A row the transport will never take is set aside so that the rows behind it, of every key, go on.
    private void Park(TContext db, OutboxMessage row, Exception error, DateTime now)
    {
        logger.LogError(error, "The {Module} outbox parked {MessageType} {MessageId} after {Attempts} refused tries", module, row.Type, row.MessageId, row.Attempts);
        row.ParkedAt = now;
        db.Set<DeadLetter>().Add(new DeadLetter
        {
            MessageId = row.MessageId,
            Consumer = DeadLetter.Outbox,
            Type = row.Type,
            Payload = row.Payload,
            Key = row.Key,
            CorrelationId = row.CorrelationId,
            Error = error.ToString(),
            Attempts = row.Attempts,
            FailedAt = now,
        });
    }

    private TimeSpan Backoff(int failures)
    {
        var delay = TimeSpan.FromMilliseconds(200 * Math.Pow(2, Math.Min(failures - 1, 10)));
        return delay < options.OutboxMaxBackoff ? delay : options.OutboxMaxBackoff;
    }
}

internal sealed class OutboxDeliveryException(string module, Exception inner)
    : Exception($"The {module} outbox transport failed: {inner.Message}", inner);
