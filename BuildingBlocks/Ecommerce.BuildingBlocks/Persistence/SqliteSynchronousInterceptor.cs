using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// Sets <c>PRAGMA synchronous</c> on the SQLite connections a module context opens: the setting belongs to the
/// connection, not to the file. Connections are pooled, so each native connection is set once, when first opened.
/// </summary>
internal sealed class SqliteSynchronousInterceptor(SqliteSynchronous synchronous) : DbConnectionInterceptor
{
    private static readonly object Set = new();
    private readonly string _pragma = $"PRAGMA synchronous={(int)synchronous};";
    private readonly ConditionalWeakTable<object, object> _done = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection, out var handle))
        {
            using var command = Command(connection);
            command.ExecuteNonQuery();
            _done.AddOrUpdate(handle, Set);
        }
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection, out var handle))
        {
            await using var command = Command(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            _done.AddOrUpdate(handle, Set);
        }
    }

    private bool IsNew(DbConnection connection, out object handle)
    {
        handle = (connection as SqliteConnection)?.Handle ?? (object)connection;
        return !_done.TryGetValue(handle, out _);
    }

    private DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = _pragma;
        return command;
    }
}
