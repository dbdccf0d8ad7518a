using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Ecommerce.BuildingBlocks.Tests.Messaging;

/// <summary>The cleanup deletes in bounded statements and keeps what is fresh, parked, or waiting for an operator.</summary>
public sealed class RetentionTests
{
    private static readonly DateTimeOffset Now = new(2031, 3, 14, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Old_handled_inbox_entries_and_discarded_dead_letters_are_deleted_in_batches_and_the_rest_kept()
    {
        var clock = new FakeTimeProvider(Now);
        await using var host = new MessagingHost(
            new Dictionary<string, string?> { ["Messaging:CleanupBatchSize"] = "500", ["Messaging:InboxRetention"] = "14.00:00:00" }, clock);
        var old = Now.UtcDateTime.AddDays(-15);
        var fresh = Now.UtcDateTime.AddDays(-1);
        var parked = Guid.NewGuid();
        await host.WithDbAsync(async db =>
        {
            db.Set<InboxMessage>().AddRange(Enumerable.Range(0, 1_200).Select(_ => Entry(Guid.NewGuid(), old)));
            db.Set<InboxMessage>().AddRange(Enumerable.Range(0, 10).Select(_ => Entry(Guid.NewGuid(), fresh)));
            db.Set<InboxMessage>().Add(Entry(parked, old, isParked: true));
            db.Set<DeadLetter>().AddRange(
                Letter(parked, discardedAt: null),
                Letter(Guid.NewGuid(), discardedAt: old),
                Letter(Guid.NewGuid(), discardedAt: fresh));
            return await db.SaveChangesAsync();
        });
        var cleanup = ActivatorUtilities.CreateInstance<MessagingCleanup<LedgerDb>>(host.Services, MessagingHost.Module);

        var swept = await cleanup.SweepAsync(CancellationToken.None);

        var inbox = await host.InboxAsync();
        var letters = await host.DeadLettersAsync();
        Assert.Multiple(() =>
        {
            Assert.That(swept.Inbox, Is.EqualTo(new[] { 500, 500, 200 }), "three statements of at most 500 rows");
            Assert.That(swept.DeadLetters, Is.EqualTo(new[] { 1 }));
            Assert.That(inbox, Has.Count.EqualTo(11));
            Assert.That(inbox.Where(entry => entry.HandledAt == old).Select(entry => entry.MessageId), Is.EqualTo(new[] { parked }), "a parked entry stays");
            Assert.That(letters.Select(letter => letter.DiscardedAt), Is.EquivalentTo(new DateTime?[] { null, fresh }));
        });
    }

    [Test]
    public async Task A_sweep_deletes_in_an_order_and_draws_no_query_warning()
    {
        var clock = new FakeTimeProvider(Now);
        await using var host = new MessagingHost(
            new Dictionary<string, string?> { ["Messaging:CleanupBatchSize"] = "2", ["Messaging:InboxRetention"] = "14.00:00:00" },
            clock,
            services => services.AddFakeLogging());
        await host.WithDbAsync(async db =>
        {
            db.Set<InboxMessage>().AddRange(Enumerable.Range(15, 3).Select(days => Entry(Guid.NewGuid(), Now.UtcDateTime.AddDays(-days))));
            return await db.SaveChangesAsync();
        });
        var cleanup = ActivatorUtilities.CreateInstance<MessagingCleanup<LedgerDb>>(host.Services, MessagingHost.Module);

        var swept = await cleanup.SweepAsync(CancellationToken.None);

        var queryWarnings = host.Services.GetFakeLogCollector().GetSnapshot()
            .Where(record => record.Level >= LogLevel.Warning && record.Category == DbLoggerCategory.Query.Name).Select(record => record.Message);
        Assert.Multiple(async () =>
        {
            Assert.That(swept.Inbox, Is.EqualTo(new[] { 2, 1 }));
            Assert.That(await host.InboxAsync(), Is.Empty);
            Assert.That(queryWarnings, Is.Empty);
        });
    }

    private static InboxMessage Entry(Guid messageId, DateTime handledAt, bool isParked = false) =>
        new() { MessageId = messageId, Consumer = "ledger.LedgerConsumer", HandledAt = handledAt, Parked = isParked };

    private static DeadLetter Letter(Guid messageId, DateTime? discardedAt) => new()
    {
        MessageId = messageId, Consumer = "ledger.LedgerConsumer", Type = "Noted", Payload = "{}", Error = "failed", FailedAt = Now.UtcDateTime,
        DiscardedAt = discardedAt,
    };
}
