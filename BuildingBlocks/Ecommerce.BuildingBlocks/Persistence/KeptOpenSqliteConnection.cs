using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// A pooled context's SQLite connection, opened on first use and closed only when the context leaves the pool, its
/// statements kept prepared (<see cref="StatementCachingSqliteConnection"/>). EF Core
/// opened and closed it around every query: each open takes a native connection from Microsoft.Data.Sqlite's pool and
/// sets it up again (a heap dump under load held thousands of SQLitePCL hook handles waiting for the finalizer), a
/// quarter to a third of the CPU of a read. An idle open connection holds no lock and no snapshot: transactions and
/// statements still end when their work does.
/// </summary>
[SuppressMessage("Usage", "EF1001:Internal EF Core API usage.", Justification = "The one provider hook for when a connection closes; pinned by KeptOpenSqliteConnectionTests.")]
internal sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    /// <summary>Makes the contexts built with <paramref name="options"/> keep their SQLite connections open.</summary>
    public static DbContextOptionsBuilder In(DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>();

    // The provider registers its functions and collations (decimal arithmetic, EF_DECIMAL) on the connections it makes,
    // in a private method; ours get the same. Without it (a later EF Core), connections are the provider's own.
    private static readonly Action<SqliteRelationalConnection, DbConnection>? InitializeConnection =
        typeof(SqliteRelationalConnection).GetMethod("InitializeDbConnection", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(DbConnection)])
            ?.CreateDelegate<Action<SqliteRelationalConnection, DbConnection>>();

    protected override DbConnection CreateDbConnection()
    {
        if (InitializeConnection is null)
        {
            return base.CreateDbConnection();
        }

        var connection = new StatementCachingSqliteConnection(GetValidatedConnectionString());
        InitializeConnection(this, connection);
        return connection;
    }

    // EF Core then counts the connection as opened by someone else, and never asks to close it again: disposing the
    // context (DisposeDbConnection) is what closes it.
    protected override void CloseDbConnection()
    {
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;
}
