using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.Testing;

namespace Ecommerce.BuildingBlocks.Tests.Messaging;

/// <summary>Retries in tiers: immediate tries, then delayed redeliveries, then parked; a parked message can be handled again.</summary>
public sealed class RedeliveryTests
{
    private static readonly Dictionary<string, string?> TwoRedeliveries = new()
    {
        ["Messaging:MaxDeliveryAttempts"] = "2",
        ["Messaging:Redeliveries"] = "00:00:00.200, 00:00:00.200",
    };

    [Test]
    public async Task A_transient_failure_that_heals_within_the_redeliveries_is_handled_not_parked_and_order_holds()
    {
        await using var host = new MessagingHost(TwoRedeliveries);
        host.Faults.FailTimes("flaky", 3); // both immediate tries, and the first try of the first redelivery
        await host.StartAsync();

        await host.PublishAsync("flaky");
        await host.PublishAsync("after");

        var entries = await Eventually.Until(host.EntriesAsync, entries => entries.Count == 2, "both events");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(entries, Is.EqualTo(new[] { "flaky", "after" }), "the event behind waited for the redelivery");
            Assert.That(await host.DeadLettersAsync(), Is.Empty);
            Assert.That((await host.InboxAsync()).Select(entry => entry.Parked), Has.All.False);
        });
    }

    [Test]
    public async Task A_message_still_failing_after_the_last_redelivery_is_parked_with_every_try_counted()
    {
        await using var host = new MessagingHost(TwoRedeliveries);
        host.Faults.FailTimes("poison", int.MaxValue);

        var parked = await host.Consumers.DeliverAsync(IntegrationMessage.For(new Noted("poison")), module: null, CancellationToken.None);

        var deadLetter = (await host.DeadLettersAsync()).Single();
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(parked.Select(failure => failure.Consumer), Is.EqualTo(new[] { $"{MessagingHost.Module}.{nameof(LedgerConsumer)}" }));
            Assert.That(deadLetter.Attempts, Is.EqualTo(6), "2 tries in each of 3 rounds");
            Assert.That((await host.InboxAsync()).Single().Parked, Is.True, "parked, not handled");
            Assert.That(await host.EntriesAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task A_parked_message_delivered_again_is_handled_and_leaves_the_dead_letters()
    {
        await using var host = new MessagingHost();
        host.Faults.FailTimes("parked", 4);
        var message = IntegrationMessage.For(new Noted("parked"));
        await host.Consumers.DeliverAsync(message, module: null, CancellationToken.None);
        Assert.That(await host.DeadLettersAsync(), Has.Count.EqualTo(1));

        var again = await host.Consumers.DeliverAsync(message, module: null, CancellationToken.None);
        var once = await host.Consumers.DeliverAsync(message, module: null, CancellationToken.None);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(again, Is.Empty);
            Assert.That(once, Is.Empty);
            Assert.That(await host.EntriesAsync(), Is.EqualTo(new[] { "parked" }), "handled once, not skipped as handled");
            Assert.That(await host.DeadLettersAsync(), Is.Empty);
            Assert.That((await host.InboxAsync()).Single().Parked, Is.False);
        });
    }

    [Test]
    public async Task A_parked_message_that_fails_again_keeps_one_dead_letter_with_the_new_error()
    {
        await using var host = new MessagingHost();
        host.Faults.FailTimes("stubborn", int.MaxValue);
        var message = IntegrationMessage.For(new Noted("stubborn"));

        await host.Consumers.DeliverAsync(message, module: null, CancellationToken.None);
        await host.Consumers.DeliverAsync(message, module: null, CancellationToken.None);

        var deadLetter = (await host.DeadLettersAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(deadLetter.Attempts, Is.EqualTo(8), "4 tries each time");
            Assert.That(deadLetter.Error, Does.Contain("Planned failure on 'stubborn'"));
        });
    }
}
