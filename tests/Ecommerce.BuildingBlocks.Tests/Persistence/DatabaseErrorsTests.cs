using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Tests.Messaging;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.BuildingBlocks.Tests.Persistence;

/// <summary>A lost race, a busy database and a real fault are told apart, and only the first two are run again.</summary>
public sealed class DatabaseErrorsTests
{
    private const int SqliteBusy = 5;
    private const int SqliteConstraint = 19;
    private const int SqliteForeignKey = 787;

    [Test]
    public async Task A_duplicate_key_is_a_unique_violation_and_not_transient()
    {
        await using var host = new MessagingHost();
        var taken = await AddEntryAsync(host, "taken");

        var error = Assert.CatchAsync<DbUpdateException>(() => AddEntryAsync(host, "again", taken))!;

        Assert.Multiple(() =>
        {
            Assert.That(DatabaseErrors.IsUniqueViolation(error), Is.True);
            Assert.That(DatabaseErrors.IsConflict(error), Is.True);
            Assert.That(DatabaseErrors.IsTransient(error), Is.False);
        });
    }

    [Test]
    public void A_busy_database_is_transient_however_deep_it_is_wrapped()
    {
        var busy = new SqliteException("database is locked", SqliteBusy);

        Assert.Multiple(() =>
        {
            Assert.That(DatabaseErrors.IsTransient(busy), Is.True);
            Assert.That(DatabaseErrors.IsTransient(new DbUpdateException("save failed", busy)), Is.True);
            Assert.That(DatabaseErrors.IsTransient(new InvalidOperationException("outer", new DbUpdateException("save failed", busy))), Is.True);
            Assert.That(DatabaseErrors.IsConflict(busy), Is.False);
        });
    }

    [Test]
    public void Other_failures_are_neither_conflicts_nor_transient()
    {
        var foreignKey = new DbUpdateException("save failed", new SqliteException("FOREIGN KEY constraint failed", SqliteConstraint, SqliteForeignKey));

        Assert.Multiple(() =>
        {
            Assert.That(DatabaseErrors.IsConflict(foreignKey), Is.False);
            Assert.That(DatabaseErrors.IsTransient(foreignKey), Is.False);
            Assert.That(DatabaseErrors.IsTransient(new InvalidOperationException("a bug")), Is.False);
        });
    }

    [Test]
    public async Task A_transient_failure_runs_the_work_again()
    {
        await using var host = new MessagingHost();
        var attempts = 0;

        await host.WithDbAsync(db => db.WriteRetryingOnConflictAsync(
            _ =>
            {
                if (++attempts == 1)
                {
                    throw new SqliteException("database is locked", SqliteBusy);
                }

                db.Entries.Add(new Entry { Text = "second try" });
                return Task.FromResult(true);
            },
            CancellationToken.None));

        Assert.Multiple(async () =>
        {
            Assert.That(attempts, Is.EqualTo(2));
            Assert.That(await host.EntriesAsync(), Is.EqualTo(new[] { "second try" }));
        });
    }

    [Test]
    public async Task A_fault_that_is_no_race_is_not_run_again()
    {
        await using var host = new MessagingHost();
        var attempts = 0;

        Assert.ThrowsAsync<DbUpdateException>(() => host.WithDbAsync(db => db.WriteRetryingOnConflictAsync<bool>(
            _ =>
            {
                attempts++;
                throw new DbUpdateException("save failed", new SqliteException("FOREIGN KEY constraint failed", SqliteConstraint, SqliteForeignKey));
            },
            CancellationToken.None)));

        Assert.That(attempts, Is.EqualTo(1));
    }

    private static Task<int> AddEntryAsync(MessagingHost host, string text, int id = 0) =>
        host.WithDbAsync(async db =>
        {
            var entry = new Entry { Id = id, Text = text };
            db.Entries.Add(entry);
            await db.WriteAsync(CancellationToken.None);
            return entry.Id;
        });
}
