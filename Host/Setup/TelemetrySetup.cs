using Ecommerce.BuildingBlocks.Messaging.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ecommerce.Host.Setup;

/// <summary>
/// Metrics and traces with OpenTelemetry: messaging's own (meter and ActivitySource <c>Ecommerce.Messaging</c>), ASP.NET
/// Core, HttpClient, EF Core and the runtime. Metrics are scraped at <c>/metrics</c> (Prometheus) unless
/// <c>Metrics:Prometheus</c> is false; both go to an OTLP collector when <c>OpenTelemetry:Endpoint</c> is set.
/// </summary>
internal static class TelemetrySetup
{
    public const string ServiceName = "ecommerce";

    public const int DefaultCardinalityLimit = 500;

    public static void AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration["OpenTelemetry:Endpoint"] is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(MessagingMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .LimitSeriesPerMetric(configuration.GetValue("Metrics:CardinalityLimit", DefaultCardinalityLimit));
                if (PrometheusEnabled(configuration))
                {
                    metrics.AddPrometheusExporter();
                }

                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(options => options.Endpoint = otlp);
                }
            })
            .WithTracing(tracing => tracing.AddEcommerceTracing(otlp));
    }

    /// <summary>
    /// At most <paramref name="limit"/> tag combinations a metric; measurements past them add up in one overflow series.
    /// OpenTelemetry allocates a metric's points up front, 2,000 unless told: 8 MB of the heap for the host's 57 metrics,
    /// whose busiest, the HTTP server's request duration, had under 20 after the benchmark's load.
    /// </summary>
    internal static MeterProviderBuilder LimitSeriesPerMetric(this MeterProviderBuilder metrics, int limit) =>
        metrics.AddView(_ => new MetricStreamConfiguration { CardinalityLimit = limit });

    /// <summary>
    /// Spans of messaging, ASP.NET Core and HttpClient, and of EF Core when they are exported. Without an exporter
    /// nothing would receive a recorded span: spans still get their ids, so log lines carry the trace and
    /// <c>traceparent</c> travels on, but nothing is recorded (a sampler that always says no).
    /// </summary>
    internal static TracerProviderBuilder AddEcommerceTracing(this TracerProviderBuilder tracing, Uri? otlp)
    {
        tracing.AddSource(MessagingTracing.SourceName)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation();
        return otlp is null
            ? tracing.SetSampler(new AlwaysOffSampler())
            : tracing.AddEntityFrameworkCoreInstrumentation().AddOtlpExporter(options => options.Endpoint = otlp);
    }

    /// <summary>The Prometheus scrape endpoint, <c>/metrics</c>, unless <c>Metrics:Prometheus</c> is false.</summary>
    public static void MapMetricsEndpoint(this WebApplication app)
    {
        if (PrometheusEnabled(app.Configuration))
        {
            app.MapPrometheusScrapingEndpoint();
        }
    }

    private static bool PrometheusEnabled(IConfiguration configuration) => configuration.GetValue("Metrics:Prometheus", true);
}
