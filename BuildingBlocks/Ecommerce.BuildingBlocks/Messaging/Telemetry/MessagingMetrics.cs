using System.Diagnostics.Metrics;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Messaging.Telemetry;

/// <summary>
/// The instruments of meter <c>Ecommerce.Messaging</c>: backlog and dead letters per module (read from the databases when
/// observed), messages consumed by outcome, and delivery latency from outbox write to consumer commit.
/// </summary>
public sealed class MessagingMetrics
{
    public const string MeterName = "Ecommerce.Messaging";

    private readonly Counter<long> _consumed;
    private readonly Histogram<double> _latency;
    private readonly IServiceScopeFactory _scopes;
    private readonly IReadOnlyList<ModuleDatabase> _databases;
    private readonly TimeProvider _time;

    public MessagingMetrics(IMeterFactory meters, IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases, TimeProvider time)
    {
        _scopes = scopes;
        _databases = databases.ToList();
        _time = time;
        Meter = meters.Create(MeterName);
        _consumed = Meter.CreateCounter<long>(
            "ecommerce.messages.consumed", "{message}", "Deliveries to a consumer, by module, consumer and outcome (handled, duplicate, failed, parked).");
        _latency = Meter.CreateHistogram<double>(
            "ecommerce.messages.delivery_latency", "s", "From the outbox write to the consumer's commit.");
        Meter.CreateObservableGauge("ecommerce.outbox.pending", () => PerModule(PendingAsync), "{message}", "Outbox rows not sent yet.");
        Meter.CreateObservableGauge("ecommerce.outbox.oldest_age", () => PerModule(OldestAgeAsync), "s", "Age of the oldest unsent outbox row.");
        Meter.CreateObservableGauge("ecommerce.dead_letters", () => PerModule(DeadLettersAsync), "{message}", "Dead letters waiting for an operator.");
    }

    /// <summary>The meter, for instruments other parts of messaging add (the Kafka consumers' lag).</summary>
    public Meter Meter { get; }

    internal void Consumed(IConsumerSubscription subscription, string outcome) =>
        _consumed.Add(1, new("module", subscription.Module), new("consumer", subscription.ConsumerName), new("outcome", outcome));

    internal void Handled(IConsumerSubscription subscription, IntegrationMessage message)
    {
        Consumed(subscription, "handled");
        if (message.OccurredAt is { } occurredAt)
        {
            _latency.Record((_time.GetUtcNow().UtcDateTime - occurredAt).TotalSeconds, new KeyValuePair<string, object?>("module", subscription.Module));
        }
    }

    private static async Task<double> PendingAsync(DbContext db) =>
        await db.Set<OutboxMessage>().CountAsync(row => row.SentAt == null && row.ParkedAt == null);

    private async Task<double> OldestAgeAsync(DbContext db)
    {
        var oldest = await db.Set<OutboxMessage>().Where(row => row.SentAt == null && row.ParkedAt == null).OrderBy(row => row.Id)
            .Select(row => (DateTime?)row.OccurredAt).FirstOrDefaultAsync();
        return oldest is { } occurredAt ? Math.Max(0, (_time.GetUtcNow().UtcDateTime - occurredAt).TotalSeconds) : 0;
    }

    private static async Task<double> DeadLettersAsync(DbContext db) =>
        await db.Set<DeadLetter>().CountAsync(letter => letter.DiscardedAt == null);

    // Observable instruments are read synchronously by the exporter; a database that does not answer reports nothing.
    private List<Measurement<double>> PerModule(Func<DbContext, Task<double>> read)
    {
        var measurements = new List<Measurement<double>>();
        foreach (var database in _databases)
        {
            try
            {
                using var scope = _scopes.CreateScope();
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
                measurements.Add(new Measurement<double>(read(db).GetAwaiter().GetResult(), new KeyValuePair<string, object?>("module", database.Module)));
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
            }
        }

        return measurements;
    }
}
