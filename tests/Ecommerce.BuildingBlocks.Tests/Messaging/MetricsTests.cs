using Ecommerce.BuildingBlocks.Messaging.Telemetry;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Ecommerce.BuildingBlocks.Tests.Messaging;

/// <summary>The messaging instruments report what a scenario must produce, read as an exporter reads them.</summary>
public sealed class MetricsTests
{
    private static readonly DateTimeOffset Start = new(2031, 3, 14, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Consumed_counts_each_outcome_and_latency_and_dead_letters_follow()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = new MessagingHost(time: clock);
        using var consumed = Collector<long>(host, "ecommerce.messages.consumed");
        using var latency = Collector<double>(host, "ecommerce.messages.delivery_latency");
        using var deadLetters = Collector<double>(host, "ecommerce.dead_letters");
        host.Faults.FailTimes("poison", int.MaxValue);
        await host.StartAsync();

        await host.PublishAsync("poison", "fine");

        await Eventually.Until(host.EntriesAsync, entries => entries.Contains("fine"), "the good event");
        deadLetters.RecordObservableInstruments();
        var outcomes = consumed.GetMeasurementSnapshot()
            .GroupBy(measurement => (string)measurement.Tags["outcome"]!)
            .ToDictionary(group => group.Key, group => group.Sum(measurement => measurement.Value));
        Assert.Multiple(() =>
        {
            Assert.That(outcomes, Is.EquivalentTo(new Dictionary<string, long> { ["failed"] = 4, ["parked"] = 1, ["handled"] = 1 }));
            Assert.That(consumed.GetMeasurementSnapshot().Select(measurement => measurement.Tags["consumer"]), Has.All.EqualTo("ledger.LedgerConsumer"));
            Assert.That(latency.GetMeasurementSnapshot().Select(measurement => measurement.Value), Is.EqualTo(new[] { 0.0 }), "the clock stood still");
            Assert.That(deadLetters.LastMeasurement?.Value, Is.EqualTo(1));
            Assert.That(deadLetters.LastMeasurement?.Tags["module"], Is.EqualTo(MessagingHost.Module));
        });
    }

    [Test]
    public async Task The_backlog_gauges_report_unsent_rows_and_the_age_of_the_oldest()
    {
        var clock = new FakeTimeProvider(Start);
        var faults = new OutboxFaults();
        faults.FailAll();
        await using var host = new MessagingHost(time: clock, configureServices: services => services.InjectOutboxFaults(faults));
        using var pending = Collector<double>(host, "ecommerce.outbox.pending");
        using var oldestAge = Collector<double>(host, "ecommerce.outbox.oldest_age");
        await host.StartAsync();
        await host.PublishAsync("one", "two");
        await Eventually.Until(host.OutboxAsync, rows => rows[0].Attempts >= 1, "the transport to fail");
        clock.Advance(TimeSpan.FromSeconds(90));

        pending.RecordObservableInstruments();
        oldestAge.RecordObservableInstruments();
        Assert.Multiple(() =>
        {
            Assert.That(pending.LastMeasurement?.Value, Is.EqualTo(2));
            Assert.That(oldestAge.LastMeasurement?.Value, Is.EqualTo(90));
        });

        faults.Recover();
        await Eventually.Until(host.OutboxAsync, rows => rows.All(row => row.SentAt is not null), "both rows to be sent");
        pending.RecordObservableInstruments();
        oldestAge.RecordObservableInstruments();
        Assert.Multiple(() =>
        {
            Assert.That(pending.LastMeasurement?.Value, Is.Zero);
            Assert.That(oldestAge.LastMeasurement?.Value, Is.Zero);
        });
    }

    private static MetricCollector<T> Collector<T>(MessagingHost host, string instrument)
        where T : struct =>
        new(host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), MessagingMetrics.MeterName, instrument);
}
