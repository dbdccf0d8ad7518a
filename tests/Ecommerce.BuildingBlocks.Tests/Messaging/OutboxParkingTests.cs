using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;

namespace Ecommerce.BuildingBlocks.Tests.Messaging;

/// <summary>An outbox row its transport refuses for good is parked after OutboxMaxAttempts tries; nothing behind it waits for ever.</summary>
public sealed class OutboxParkingTests
{
    [Test]
    public async Task A_refused_row_is_parked_as_an_outbox_dead_letter_and_the_rows_behind_it_go_out()
    {
        var faults = new OutboxFaults();
        faults.Refuse(message => message.Payload.Contains("poison", StringComparison.Ordinal));
        await using var host = new MessagingHost(
            new Dictionary<string, string?> { ["Messaging:OutboxMaxAttempts"] = "3", ["Messaging:OutboxMaxBackoff"] = "00:00:00.050" },
            configureServices: services => services.InjectOutboxFaults(faults));
        await host.PublishAsync("before", "poison", "after");

        await host.StartAsync();

        var entries = await Eventually.Until(host.EntriesAsync, entries => entries.Count == 2, "the rows around the refused one");
        var rows = await host.OutboxAsync();
        var deadLetter = (await host.DeadLettersAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(entries, Is.EqualTo(new[] { "before", "after" }));
            Assert.That(rows[1].ParkedAt, Is.Not.Null);
            Assert.That(rows[1].SentAt, Is.Null, "parked is not sent");
            Assert.That(rows[1].Attempts, Is.EqualTo(3));
            Assert.That(deadLetter.Consumer, Is.EqualTo(DeadLetter.Outbox));
            Assert.That(deadLetter.MessageId, Is.EqualTo(rows[1].MessageId));
            Assert.That(deadLetter.Error, Does.Contain(OutboxFaults.RefusedMessage));
        });
    }

    [Test]
    public async Task A_transient_failure_is_never_parked_however_often_it_repeats()
    {
        var faults = new OutboxFaults();
        faults.FailAll();
        await using var host = new MessagingHost(
            new Dictionary<string, string?> { ["Messaging:OutboxMaxAttempts"] = "2", ["Messaging:OutboxMaxBackoff"] = "00:00:00.020" },
            configureServices: services => services.InjectOutboxFaults(faults));
        await host.PublishAsync("patient");
        await host.StartAsync();

        var rows = await Eventually.Until(host.OutboxAsync, rows => rows[0].Attempts >= 5, "several failed tries");
        Assert.Multiple(async () =>
        {
            Assert.That(rows[0].ParkedAt, Is.Null);
            Assert.That(await host.DeadLettersAsync(), Is.Empty);
        });

        faults.Recover();
        Assert.That(await Eventually.Until(host.EntriesAsync, entries => entries.Count == 1, "the event"), Is.EqualTo(new[] { "patient" }));
    }
}
