using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// A pooled context's SQLite connection, opened on first use and closed only when the context leaves the pool. EF Core
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

    // EF Core then counts the connection as opened by someone else, and never asks to close it again: disposing the
    // context (DisposeDbConnection) is what closes it.
    protected override void CloseDbConnection()
    {
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;
}
