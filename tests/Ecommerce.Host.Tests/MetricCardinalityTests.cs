using System.Diagnostics.Metrics;
using Ecommerce.Host.Setup;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Ecommerce.Host.Tests;

/// <summary>A metric keeps a bounded number of tag combinations (OpenTelemetry allocates them up front); the rest still count.</summary>
public sealed class MetricCardinalityTests
{
    private const string Overflow = "otel.metric.overflow";

    [Test]
    public void Past_the_limit_measurements_add_up_in_one_overflow_series()
    {
        // A meter of this test's own: no other listener in the test process collects it.
        using var meter = new Meter($"MetricCardinalityTests.{Guid.NewGuid():N}");
        var exporter = new CollectingExporter();
        using var provider = Sdk.CreateMeterProviderBuilder()
            .AddMeter(meter.Name)
            .LimitSeriesPerMetric(10)
            .AddReader(new BaseExportingMetricReader(exporter))
            .Build();
        var requests = meter.CreateCounter<long>("requests");

        for (var route = 0; route < 50; route++)
        {
            requests.Add(1, new KeyValuePair<string, object?>("route", route));
        }

        provider.ForceFlush();

        Assert.Multiple(() =>
        {
            Assert.That(exporter.Series.Count(series => !series.Overflow), Is.EqualTo(10));
            Assert.That(exporter.Series.Count(series => series.Overflow), Is.EqualTo(1));
            Assert.That(exporter.Series.Sum(series => series.Sum), Is.EqualTo(50));
        });
    }

    private sealed class CollectingExporter : BaseExporter<Metric>
    {
        public List<(bool Overflow, long Sum)> Series { get; } = [];

        public override ExportResult Export(in Batch<Metric> batch)
        {
            foreach (var metric in batch)
            {
                foreach (ref readonly var point in metric.GetMetricPoints())
                {
                    var overflow = false;
                    foreach (var tag in point.Tags)
                    {
                        overflow |= tag.Key == Overflow;
                    }

                    Series.Add((overflow, point.GetSumLong()));
                }
            }

            return ExportResult.Success;
        }
    }
}
