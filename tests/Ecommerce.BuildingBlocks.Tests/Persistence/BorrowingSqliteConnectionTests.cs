using System.Data.Common;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Tests.Messaging;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace Ecommerce.BuildingBlocks.Tests.Persistence;

/// <summary>
/// A module context borrows an open SQLite connection for each use and gives it back when the use ends: the native
/// connections are as many as uses at once, not as many as contexts, and nothing of one use reaches the next.
/// </summary>
public sealed class BorrowingSqliteConnectionTests
{
    [Test]
    public async Task Contexts_held_at_once_whose_uses_come_in_turn_run_on_one_connection()
    {
        await using var host = new MessagingHost();
        var scopes = Enumerable.Range(0, 8).Select(_ => host.Services.CreateAsyncScope()).ToList();
        var handles = new List<sqlite3>();

        foreach (var scope in scopes)
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerDb>();
            await db.WriteAsync(
                _ =>
                {
                    handles.Add(Handle(db));
                    return Task.CompletedTask;
                },
                CancellationToken.None);
        }

        Assert.That(handles.Distinct(), Has.Exactly(1).Items, "each context had a connection of its own");
        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }
    }

    [Test]
    public async Task Uses_at_once_never_share_a_connection()
    {
        await using var host = new MessagingHost();
        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var one = first.ServiceProvider.GetRequiredService<LedgerDb>();
        var other = second.ServiceProvider.GetRequiredService<LedgerDb>();

        await one.Database.OpenConnectionAsync();
        await other.Database.OpenConnectionAsync();

        Assert.That(Handle(other), Is.Not.SameAs(Handle(one)));
        await one.Database.CloseConnectionAsync();
        await other.Database.CloseConnectionAsync();
    }

    [Test]
    public async Task A_context_that_goes_back_with_its_transaction_open_gives_back_a_connection_without_it()
    {
        await using var host = new MessagingHost();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerDb>();
            await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("INSERT INTO Entries (Text) VALUES ('never committed')");
        }

        await host.WithDbAsync(async db =>
        {
            Assert.That(db.Database.CurrentTransaction, Is.Null);
            await db.WriteAsync(token => db.Database.ExecuteSqlRawAsync("INSERT INTO Entries (Text) VALUES ('committed')", token), CancellationToken.None);
            return true;
        });

        Assert.That(await host.EntriesAsync(), Is.EqualTo(new[] { "committed" }));
    }

    [Test]
    public async Task A_connection_left_with_a_reader_open_is_not_lent_again()
    {
        await using var host = new MessagingHost();
        await host.WithDbAsync(async db =>
        {
            await db.WriteAsync(token => db.Database.ExecuteSqlRawAsync("INSERT INTO Entries (Text) VALUES ('first')", token), CancellationToken.None);
            return true;
        });
        DbConnection leaked;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerDb>();
            var reading = db.Entries.AsAsyncEnumerable().GetAsyncEnumerator();
            Assume.That(await reading.MoveNextAsync(), Is.True);
            leaked = db.Database.GetDbConnection();
        }

        var next = await host.WithDbAsync(async db =>
        {
            DbConnection? used = null;
            await db.WriteAsync(
                _ =>
                {
                    used = db.Database.GetDbConnection();
                    db.Entries.Add(new Entry { Text = "second" });
                    return Task.CompletedTask;
                },
                CancellationToken.None);
            return used;
        });

        // Closed, its native connection went back to Microsoft.Data.Sqlite's pool with its statements finalized.
        Assert.That(next, Is.Not.SameAs(leaked));
        Assert.That(await host.EntriesAsync(), Is.EqualTo(new[] { "first", "second" }));
    }

    [Test]
    public async Task A_write_through_one_context_is_read_through_another_held_before_it()
    {
        await using var host = new MessagingHost();
        await using var reading = host.Services.CreateAsyncScope();
        var reader = reading.ServiceProvider.GetRequiredService<LedgerDb>();
        Assert.That(await reader.Entries.CountAsync(), Is.Zero);

        await host.WithDbAsync(async db =>
        {
            await db.WriteAsync(token => db.Database.ExecuteSqlRawAsync("INSERT INTO Entries (Text) VALUES ('seen')", token), CancellationToken.None);
            return true;
        });

        Assert.That(await reader.Entries.Select(entry => entry.Text).ToListAsync(), Is.EqualTo(new[] { "seen" }));
    }

    private static sqlite3 Handle(DbContext db) => ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
}
