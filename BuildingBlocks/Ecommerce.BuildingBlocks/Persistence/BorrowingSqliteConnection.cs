using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// A module context's SQLite connection, borrowed open from the module's <see cref="WarmSqliteConnections"/> when EF
/// Core first asks for it (to make a command, or to open it) and given back when EF Core closes it for the last time:
/// after a query, or after a unit of work's transaction ends. Opening a connection for each use took a native connection
/// from Microsoft.Data.Sqlite's pool and set it up again, a quarter to a third of a read's CPU, and lost its prepared
/// statements. Each pooled context kept its own open instead, and then the connections were as many as contexts ever in
/// use at once, writers waiting at the write gate among them, each with its statements and page cache (about 210 KB).
/// Code that asks a context for its connection outside a use holds one until the context next closes it or goes back.
/// </summary>
[SuppressMessage("Usage", "EF1001:Internal EF Core API usage.", Justification = "The provider's connection is the hook for when a connection opens and closes; pinned by BorrowingSqliteConnectionTests.")]
internal sealed class BorrowingSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private readonly WarmSqliteConnections _warm =
        dependencies.ContextOptions.FindExtension<WarmSqliteConnectionsExtension>()?.Connections
        ?? throw new InvalidOperationException("A borrowing connection needs the module's warm connections in its options.");

    private SqliteConnection? _borrowed;
    private int _uses;

    /// <summary>Makes the contexts built with <paramref name="options"/> borrow their connections from <paramref name="warm"/>.</summary>
    public static DbContextOptionsBuilder In(DbContextOptionsBuilder options, WarmSqliteConnections warm)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new WarmSqliteConnectionsExtension(warm));
        return options.ReplaceService<ISqliteRelationalConnection, BorrowingSqliteConnection>();
    }

    // The provider registers its functions and collations (decimal arithmetic, EF_DECIMAL) on the connections it makes,
    // in a private method; ours get the same. Without it (a later EF Core), connections are the provider's own, uncached.
    private static readonly Action<SqliteRelationalConnection, DbConnection>? InitializeConnection =
        typeof(SqliteRelationalConnection).GetMethod("InitializeDbConnection", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(DbConnection)])
            ?.CreateDelegate<Action<SqliteRelationalConnection, DbConnection>>();

    // EF Core asks for the connection to make a command before it opens it for the command: asking borrows.
    [AllowNull]
    public override DbConnection DbConnection
    {
        get => _borrowed ??= _warm.TryTake() ?? NewConnection();
        set => SetDbConnection(value, contextOwnsConnection: false);
    }

    public override void SetDbConnection(DbConnection? value, bool contextOwnsConnection) =>
        throw new NotSupportedException("A module context borrows its connections; it takes no other.");

    public override bool Open(bool errorsExpected = false)
    {
        try
        {
            var opened = base.Open(errorsExpected);
            _uses++;
            return opened;
        }
        catch
        {
            GiveBackIfUnused();
            throw;
        }
    }

    public override async Task<bool> OpenAsync(CancellationToken cancellationToken, bool errorsExpected = false)
    {
        try
        {
            var opened = await base.OpenAsync(cancellationToken, errorsExpected);
            _uses++;
            return opened;
        }
        catch
        {
            GiveBackIfUnused();
            throw;
        }
    }

    public override bool Close()
    {
        var closed = base.Close();
        EndUse();
        return closed;
    }

    public override async Task<bool> CloseAsync()
    {
        var closed = await base.CloseAsync();
        EndUse();
        return closed;
    }

    // A borrowed connection stays open for its next borrower.
    protected override void CloseDbConnection()
    {
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;

    // A context going back to the pool, or away, has ended its transaction: EF Core disposes it first.
    protected override void ResetState(bool disposeDbConnection)
    {
        base.ResetState(disposeDbConnection);
        Release();
    }

    protected override async ValueTask ResetStateAsync(bool disposeDbConnection)
    {
        await base.ResetStateAsync(disposeDbConnection);
        Release();
    }

    // Nothing the context owns is left to dispose: its connections were borrowed.
    protected override void DisposeDbConnection() => Release();

    protected override ValueTask DisposeDbConnectionAsync()
    {
        Release();
        return ValueTask.CompletedTask;
    }

    private void EndUse()
    {
        if (_uses > 0 && --_uses == 0)
        {
            GiveBackIfUnused();
        }
    }

    private void GiveBackIfUnused()
    {
        if (_uses == 0 && _borrowed is { } connection)
        {
            _borrowed = null;
            _warm.GiveBack(connection);
        }
    }

    // A use still open when the context lets its connection go (a reader never disposed) leaves that connection unfit to
    // lend, its statement holding a snapshot: it is closed instead.
    private void Release()
    {
        if (_borrowed is { } connection && _uses > 0)
        {
            _borrowed = null;
            connection.Dispose();
        }

        _uses = 0;
        GiveBackIfUnused();
    }

    private SqliteConnection NewConnection()
    {
        if (InitializeConnection is null)
        {
            return (SqliteConnection)base.CreateDbConnection();
        }

        var connection = new StatementCachingSqliteConnection(GetValidatedConnectionString());
        InitializeConnection(this, connection);
        return connection;
    }
}
