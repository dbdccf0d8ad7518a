using Confluent.Kafka;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>Ready when a broker answers a metadata request.</summary>
internal sealed class KafkaHealthCheck(KafkaConnection connection) : IHealthCheck, IDisposable
{
    private readonly Lazy<IAdminClient> _admin = new(() =>
        new AdminClientBuilder(connection.AdminConfig()).SetLogHandler((_, _) => { }).Build());

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var metadata = await Task.Run(() => _admin.Value.GetMetadata(TimeSpan.FromSeconds(3)), cancellationToken);
            return metadata.Brokers.Count > 0
                ? HealthCheckResult.Healthy($"{metadata.Brokers.Count} broker(s)")
                : HealthCheckResult.Unhealthy("No Kafka broker answered.");
        }
        catch (KafkaException exception)
        {
            return HealthCheckResult.Unhealthy("Kafka is unreachable.", exception);
        }
    }

    public void Dispose()
    {
        if (_admin.IsValueCreated)
        {
            _admin.Value.Dispose();
        }
    }
}
