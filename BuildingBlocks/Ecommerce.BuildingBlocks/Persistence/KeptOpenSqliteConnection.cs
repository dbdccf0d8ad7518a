using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// A pooled context's SQLite connection, opened on first use and closed only when the context leaves the pool. Every
/// open of a SQLite connection registers EF Core's SQL functions on it again (a dozen native registrations, each
/// leaving a handle for the finalizer); measured, that was a quarter of the CPU of <c>GET /product/:id</c>. An idle
/// open connection holds no lock and no snapshot: transactions and statements still end when their work does.
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
