using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>Unhealthy while a module's Kafka consumer is not running; Degraded while one lags more than <c>Kafka:LagWarning</c> records.</summary>
internal sealed class KafkaConsumersHealthCheck(KafkaConsumerStates states, KafkaOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = states.Snapshot;
        var stopped = snapshot.Where(state => !state.Value.Running).Select(state => state.Key).Order(StringComparer.Ordinal).ToList();
        var behind = snapshot.Where(state => state.Value.Lag > options.LagWarning).Select(state => $"{state.Key} ({state.Value.Lag})").Order(StringComparer.Ordinal).ToList();
        var result = stopped.Count > 0
            ? HealthCheckResult.Unhealthy($"Not consuming: {string.Join(", ", stopped)}.")
            : behind.Count > 0
                ? HealthCheckResult.Degraded($"Lagging more than {options.LagWarning} records: {string.Join(", ", behind)}.")
                : HealthCheckResult.Healthy($"{snapshot.Count} consumer(s) running.");
        return Task.FromResult(result);
    }
}
