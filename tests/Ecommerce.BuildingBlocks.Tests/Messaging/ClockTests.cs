using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Ecommerce.BuildingBlocks.Tests.Messaging;

/// <summary>The outbox and inbox read the time from the host's <see cref="TimeProvider"/>, set here years from the real one.</summary>
public sealed class ClockTests
{
    private static readonly DateTimeOffset Start = new(2031, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Test]
    public async Task Outbox_and_inbox_rows_carry_the_hosts_time()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = new MessagingHost(time: clock);
        await host.StartAsync();

        await host.PublishAsync("stamped");

        var row = (await Eventually.Until(host.OutboxAsync, rows => rows.All(row => row.SentAt is not null), "the row to be sent")).Single();
        var handled = await host.WithDbAsync(db => db.Set<InboxMessage>().SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(row.OccurredAt, Is.EqualTo(Start.UtcDateTime));
            Assert.That(row.SentAt, Is.EqualTo(Start.UtcDateTime));
            Assert.That(handled.HandledAt, Is.EqualTo(Start.UtcDateTime));
        });
    }

    [Test]
    public async Task Sent_rows_are_deleted_once_the_hosts_clock_passes_their_retention()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = new MessagingHost(
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["Messaging:OutboxRetention"] = "01:00:00", ["Messaging:OutboxCleanupInterval"] = "00:00:00.050" },
            clock);
        await host.StartAsync();
        await host.PublishAsync("kept an hour");
        await Eventually.Until(host.OutboxAsync, rows => rows.All(row => row.SentAt is not null), "the row to be sent");

        clock.Advance(TimeSpan.FromHours(2));

        var rows = await Eventually.Until(host.OutboxAsync, rows => rows.Count == 0, "the row to be deleted");
        Assert.That(rows, Is.Empty);
    }
}
