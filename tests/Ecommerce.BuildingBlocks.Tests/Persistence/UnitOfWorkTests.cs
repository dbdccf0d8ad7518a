using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Tests.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.BuildingBlocks.Tests.Persistence;

public sealed class UnitOfWorkTests
{
    [Test]
    public async Task A_unit_of_work_inside_another_on_the_same_context_is_refused()
    {
        await using var host = new MessagingHost();

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => host.WithDbAsync(async db =>
        {
            await db.WriteAsync(_ => db.WriteAsync(CancellationToken.None), CancellationToken.None);
            return true;
        }));

        Assert.That(error!.Message, Does.Contain("already open"));
    }

    [Test]
    public async Task A_conflict_runs_the_work_again_on_a_cleared_context()
    {
        await using var host = new MessagingHost();
        var taken = await AddEntryAsync(host, "taken");
        var attempts = 0;

        var saved = await host.WithDbAsync(db => db.WriteRetryingOnConflictAsync(
            _ =>
            {
                // The first attempt collides with an existing key, as a concurrent writer's row would.
                var entry = new Entry { Id = ++attempts == 1 ? taken : 0, Text = $"attempt {attempts}" };
                db.Entries.Add(entry);
                return Task.FromResult(entry);
            },
            CancellationToken.None));

        Assert.Multiple(async () =>
        {
            Assert.That(attempts, Is.EqualTo(2));
            Assert.That(saved.Text, Is.EqualTo("attempt 2"));
            Assert.That(await host.EntriesAsync(), Is.EqualTo(new[] { "taken", "attempt 2" }));
        });
    }

    [Test]
    public async Task A_conflict_that_keeps_coming_back_fails_after_three_attempts()
    {
        await using var host = new MessagingHost();
        var taken = await AddEntryAsync(host, "taken");
        var attempts = 0;

        Assert.ThrowsAsync<DbUpdateException>(() => host.WithDbAsync(db => db.WriteRetryingOnConflictAsync(
            _ =>
            {
                attempts++;
                db.Entries.Add(new Entry { Id = taken, Text = "never" });
                return Task.FromResult(true);
            },
            CancellationToken.None)));

        Assert.Multiple(async () =>
        {
            Assert.That(attempts, Is.EqualTo(3));
            Assert.That(await host.EntriesAsync(), Is.EqualTo(new[] { "taken" }));
        });
    }

    [Test]
    public async Task A_unit_of_work_saves_without_a_savepoint()
    {
        await using var host = new MessagingHost();
        using var watch = new SavepointWatch();

        var (outside, inside) = await host.WithDbAsync(async db =>
        {
            // A save in a transaction of the caller's own: EF Core's savepoint, which the watch sees.
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                db.Entries.Add(new Entry { Text = "outside" });
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }

            var outside = watch.Contexts.Count(context => ReferenceEquals(context, db));
            db.Database.AutoSavepointsEnabled = true;
            db.Entries.Add(new Entry { Text = "inside" });
            await db.WriteAsync(CancellationToken.None);
            return (outside, watch.Contexts.Count(context => ReferenceEquals(context, db)) - outside);
        });

        Assert.Multiple(async () =>
        {
            Assert.That(outside, Is.EqualTo(1), "the watch sees a savepoint");
            Assert.That(inside, Is.Zero, "the unit of work's save");
            Assert.That(await host.EntriesAsync(), Is.EqualTo(new[] { "outside", "inside" }));
        });
    }

    private static Task<int> AddEntryAsync(MessagingHost host, string text) =>
        host.WithDbAsync(async db =>
        {
            var entry = new Entry { Text = text };
            db.Entries.Add(entry);
            await db.WriteAsync(CancellationToken.None);
            return entry.Id;
        });
}
