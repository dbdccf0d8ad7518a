using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// Sets <c>PRAGMA synchronous</c> on every connection a module context opens: the setting belongs to the
/// connection, not to the file, and costs no disk access to set.
/// </summary>
internal sealed class SqliteSynchronousInterceptor(SqliteSynchronous synchronous) : DbConnectionInterceptor
{
    private readonly string _pragma = $"PRAGMA synchronous={(int)synchronous};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = _pragma;
        return command;
    }
}
