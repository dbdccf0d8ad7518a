using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Testing;

namespace Ecommerce.BuildingBlocks.Tests.Messaging;

public sealed class OutboxTests
{
    [Test]
    public async Task A_committed_event_is_delivered_once_and_its_row_marked_sent()
    {
        await using var host = new MessagingHost();
        await host.StartAsync();

        await host.PublishAsync("first");

        var entries = await Eventually.Until(host.EntriesAsync, entries => entries.Count == 1, "the event to be consumed");
        var rows = await Eventually.Until(host.OutboxAsync, rows => rows.All(row => row.SentAt is not null), "the row to be marked sent");
        Assert.Multiple(() =>
        {
            Assert.That(entries, Is.EqualTo(new[] { "first" }));
            Assert.That(rows, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_rolled_back_transaction_publishes_nothing()
    {
        await using var host = new MessagingHost();
        await host.StartAsync();

        Assert.ThrowsAsync<InvalidOperationException>(() => host.WithDbAsync(async db =>
        {
            await db.WriteAsync(
                _ =>
                {
                    db.PublishIntegrationEvent(new Noted("rolled back"));
                    throw new InvalidOperationException("The state change failed");
                },
                CancellationToken.None);
            return true;
        }));
        await host.PublishAsync("committed");

        await Eventually.Until(host.EntriesAsync, entries => entries.Contains("committed", StringComparer.Ordinal), "the committed event");
        Assert.Multiple(async () =>
        {
            Assert.That(await host.EntriesAsync(), Is.EqualTo(new[] { "committed" }));
            Assert.That((await host.OutboxAsync()).Select(row => row.Payload).Single(), Does.Contain("committed"));
        });
    }

    [Test]
    public async Task Rows_written_while_the_host_was_down_go_out_once_it_starts()
    {
        await using var host = new MessagingHost();
        await host.PublishAsync("written", "before", "start");
        Assert.That((await host.OutboxAsync()).Where(row => row.SentAt is null).ToList(), Has.Count.EqualTo(3));

        await host.StartAsync();

        var entries = await Eventually.Until(host.EntriesAsync, entries => entries.Count == 3, "the waiting rows");
        Assert.That(entries, Is.EqualTo(new[] { "written", "before", "start" }));
    }

    [Test]
    public async Task Events_are_delivered_in_the_order_they_were_committed()
    {
        await using var host = new MessagingHost();
        await host.StartAsync();
        var texts = Enumerable.Range(1, 30).Select(number => $"event {number}").ToArray();

        foreach (var text in texts)
        {
            await host.PublishAsync(text);
        }

        var entries = await Eventually.Until(host.EntriesAsync, entries => entries.Count == texts.Length, "every event");
        Assert.That(entries, Is.EqualTo(texts));
    }

    [Test]
    public async Task Sent_rows_are_deleted_once_older_than_the_retention()
    {
        await using var host = new MessagingHost(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Messaging:OutboxRetention"] = "00:00:00",
            ["Messaging:OutboxCleanupInterval"] = "00:00:00.050",
        });
        await host.PublishAsync("sent");
        await host.StartAsync();

        await Eventually.Until(host.EntriesAsync, entries => entries.Contains("sent", StringComparer.Ordinal), "the event to be consumed");
        var rows = await Eventually.Until(host.OutboxAsync, rows => rows.Count == 0, "the sent row to be deleted");
        Assert.That(rows, Is.Empty);
    }
}
