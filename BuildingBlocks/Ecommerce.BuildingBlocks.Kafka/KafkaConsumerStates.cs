using System.Collections.Concurrent;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Telemetry;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>
/// Whether each consuming module's Kafka consumer runs, and how far behind its partitions it is: what readiness answers
/// from, and the <c>ecommerce.kafka.consumer_lag</c> gauge (per consumer group).
/// </summary>
internal sealed class KafkaConsumerStates
{
    private readonly ConcurrentDictionary<string, State> _states;

    public KafkaConsumerStates(IntegrationEventConsumers consumers, MessagingMetrics metrics)
    {
        _states = new(consumers.All.Select(subscription => subscription.Module).Distinct(StringComparer.Ordinal)
            .Select(module => KeyValuePair.Create(module, new State(Running: false, Lag: 0))), StringComparer.Ordinal);
        metrics.Meter.CreateObservableGauge(
            "ecommerce.kafka.consumer_lag",
            () => _states.Select(state => new System.Diagnostics.Metrics.Measurement<long>(
                state.Value.Lag, new KeyValuePair<string, object?>("group", KafkaTopics.GroupOf(state.Key)))),
            "{message}",
            "Records of the subscribed partitions not consumed yet (high watermark minus position).");
    }

    public IReadOnlyDictionary<string, State> Snapshot => _states;

    public void Running(string module) => _states.AddOrUpdate(module, new State(true, 0), (_, state) => state with { Running = true });

    public void Stopped(string module) => _states.AddOrUpdate(module, new State(false, 0), (_, state) => state with { Running = false });

    public void Lag(string module, long lag) => _states.AddOrUpdate(module, new State(true, lag), (_, state) => state with { Lag = lag });

    internal sealed record State(bool Running, long Lag);
}
