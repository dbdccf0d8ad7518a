using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.BuildingBlocks.Tests.Messaging;

public sealed class InboxTests
{
    [Test]
    public async Task A_message_delivered_twice_has_one_effect()
    {
        await using var host = new MessagingHost();
        var message = IntegrationMessage.For(new Noted("twice"));

        await host.Consumers.DeliverAsync(message, module: null, CancellationToken.None);
        await host.Consumers.DeliverAsync(message, module: null, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await host.EntriesAsync(), Is.EqualTo(new[] { "twice" }));
            Assert.That(await host.WithDbAsync(db => db.Set<InboxMessage>().CountAsync()), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Concurrent_deliveries_of_one_message_have_one_effect()
    {
        await using var host = new MessagingHost();
        var message = IntegrationMessage.For(new Noted("racing"));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.Consumers.DeliverAsync(message, module: null, CancellationToken.None)));

        Assert.That(await host.EntriesAsync(), Is.EqualTo(new[] { "racing" }));
    }

    [Test]
    public async Task A_consumer_that_fails_a_few_times_is_retried_until_it_succeeds()
    {
        await using var host = new MessagingHost();
        host.Faults.FailTimes("flaky", 3);

        var deadLettered = await host.Consumers.DeliverAsync(IntegrationMessage.For(new Noted("flaky")), module: null, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(deadLettered, Is.Empty);
            Assert.That(await host.EntriesAsync(), Is.EqualTo(new[] { "flaky" }));
            Assert.That(await host.DeadLettersAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task A_message_that_keeps_failing_is_dead_lettered_and_blocks_nothing_behind_it()
    {
        await using var host = new MessagingHost();
        host.Faults.FailTimes("poison", int.MaxValue);
        await host.StartAsync();

        await host.PublishAsync("poison");
        await host.PublishAsync("after");

        await Eventually.Until(host.EntriesAsync, entries => entries.Contains("after", StringComparer.Ordinal), "the message behind the poison one");
        var deadLetter = (await host.DeadLettersAsync()).Single();
        var outbox = await Eventually.Until(host.OutboxAsync, rows => rows.All(row => row.SentAt is not null), "both rows sent");
        Assert.Multiple(async () =>
        {
            Assert.That(await host.EntriesAsync(), Is.EqualTo(new[] { "after" }));
            Assert.That(deadLetter.Attempts, Is.EqualTo(4));
            Assert.That(deadLetter.Error, Does.Contain("Planned failure on 'poison'"));
            Assert.That(deadLetter.Consumer, Is.EqualTo($"{MessagingHost.Module}.{nameof(LedgerConsumer)}"));
            Assert.That(deadLetter.MessageId, Is.EqualTo(outbox[0].MessageId));
        });
    }
}
