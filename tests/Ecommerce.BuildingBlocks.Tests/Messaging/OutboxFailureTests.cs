using Ecommerce.Testing;
using Ecommerce.Testing.Faults;

namespace Ecommerce.BuildingBlocks.Tests.Messaging;

/// <summary>The outbox while its transport fails: nothing is marked sent that was not delivered, and nothing is lost or doubled.</summary>
public sealed class OutboxFailureTests
{
    [Test]
    public async Task While_the_transport_fails_rows_stay_unsent_with_attempts_and_error_and_arrive_once_it_recovers()
    {
        var faults = new OutboxFaults();
        faults.FailAll();
        await using var host = new MessagingHost(configureServices: services => services.InjectOutboxFaults(faults));
        await host.StartAsync();

        await host.PublishAsync("a", "b", "c");

        var failing = await Eventually.Until(host.OutboxAsync, rows => rows[0].Attempts >= 2, "the transport to fail twice");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(failing.Select(row => row.SentAt), Has.All.Null);
            Assert.That(failing[0].LastError, Does.Contain(OutboxFaults.FaultMessage));
            Assert.That(failing.Skip(1).Select(row => row.Attempts), Has.All.Zero, "only the row that failed counts a try");
            Assert.That(await host.EntriesAsync(), Is.Empty);
        });

        faults.Recover();

        var sent = await Eventually.Until(host.OutboxAsync, rows => rows.All(row => row.SentAt is not null), "every row to be sent");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await host.EntriesAsync(), Is.EqualTo(new[] { "a", "b", "c" }), "each event handled once, in order");
            Assert.That(sent[0].Attempts, Is.GreaterThanOrEqualTo(2), "the failed tries stay on record");
        });
    }

    [Test]
    public async Task A_batch_that_stops_part_way_marks_only_the_delivered_prefix_sent()
    {
        var faults = new OutboxFaults();
        await using var host = new MessagingHost(configureServices: services => services.InjectOutboxFaults(faults));
        string[] texts = ["one", "two", "three", "four", "five"];
        await host.PublishAsync(texts); // before the start, so that the dispatcher takes all five in one batch
        faults.FailAfter(2);

        await host.StartAsync();

        var rows = await Eventually.Until(host.OutboxAsync, rows => rows[2].Attempts >= 1, "the batch to stop at its third row");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(rows.Select(row => row.SentAt is not null), Is.EqualTo(new[] { true, true, false, false, false }));
            Assert.That(rows[2].LastError, Does.Contain(OutboxFaults.FaultMessage));
            Assert.That(rows.Select(row => row.Attempts).ToArray()[3..], Has.All.Zero);
            Assert.That(await host.EntriesAsync(), Is.EqualTo(texts[..2]));
        });

        faults.Recover();

        await Eventually.Until(host.OutboxAsync, rows => rows.All(row => row.SentAt is not null), "every row to be sent");
        Assert.That(await host.EntriesAsync(), Is.EqualTo(texts), "each event handled once, in order");
    }
}
