using System.Diagnostics;
using Confluent.Kafka;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>
/// Ready when a broker answered the last metadata request. The requests run in the background every few seconds and
/// the check reads the last answer, so /health/ready answers at once, even while a broker hangs.
/// </summary>
internal sealed class KafkaHealthCheck(KafkaConnection connection) : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private Answer? _last;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Volatile.Read(ref _last) switch
        {
            null => HealthCheckResult.Unhealthy("Kafka has not been asked yet."),
            var last when Stopwatch.GetElapsedTime(last.At) > 2 * (Interval + connection.Options.AdminTimeout) =>
                HealthCheckResult.Unhealthy("Kafka has not been asked lately."),
            var last => last.Result,
        });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var admin = new AdminClientBuilder(connection.AdminConfig()).SetLogHandler((_, _) => { }).Build();
        while (!stoppingToken.IsCancellationRequested)
        {
            var result = await Task.Run(() => Ask(admin), stoppingToken);
            Volatile.Write(ref _last, new Answer(result, Stopwatch.GetTimestamp()));
            await Task.Delay(Interval, stoppingToken);
        }
    }

    private HealthCheckResult Ask(IAdminClient admin)
    {
        try
        {
            var metadata = admin.GetMetadata(connection.Options.AdminTimeout);
            return metadata.Brokers.Count > 0
                ? HealthCheckResult.Healthy($"{metadata.Brokers.Count} broker(s)")
                : HealthCheckResult.Unhealthy("No Kafka broker answered.");
        }
        catch (KafkaException exception)
        {
            return HealthCheckResult.Unhealthy("Kafka is unreachable.", exception);
        }
    }

    private sealed record Answer(HealthCheckResult Result, long At);
}
