using Ecommerce.Testing;

namespace Ecommerce.BuildingBlocks.Tests.Messaging;

public sealed class OutboxWakeUpTests
{
    [Test]
    public async Task A_commit_that_adds_outbox_rows_wakes_the_dispatcher_long_before_its_next_poll()
    {
        await using var host = new MessagingHost(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Messaging:OutboxPollInterval"] = "01:00:00",
        });
        await host.StartAsync();
        // The first event may be found by the dispatcher's first poll; after it, only a wake-up can deliver in time.
        await host.PublishAsync("first");
        await Eventually.Until(host.EntriesAsync, entries => entries.Count == 1, "the first event");

        await host.PublishAsync("second", "third");

        var entries = await Eventually.Until(host.EntriesAsync, entries => entries.Count == 3, "the events of the second commit");
        Assert.That(entries, Is.EqualTo(new[] { "first", "second", "third" }));
    }
}
