using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// The command EF Core gets on a SQLite connection: setting its text takes a command of that text, statements prepared,
/// from the connection's <see cref="SqliteStatementCache"/>; disposing it gives that command back.
/// </summary>
internal sealed class CachedSqliteCommand(SqliteConnection connection, SqliteStatementCache cache) : DbCommand
{
    private SqliteCommand? _command;
    private SqliteStatementCache.Lease _lease;
    private SqliteDataReader? _reader;

    [AllowNull]
    public override string CommandText
    {
        get => _command?.CommandText ?? string.Empty;
        set
        {
            if (_command is null)
            {
                _command = cache.Rent(value ?? string.Empty, out _lease);
            }
            else
            {
                // Used before its text (EF Core's savepoints set their transaction first), or given a second text: the
                // command prepares the text it has when it runs.
                _command.CommandText = value;
            }
        }
    }

    public override int CommandTimeout { get => Command.CommandTimeout; set => Command.CommandTimeout = value; }

    public override CommandType CommandType { get => Command.CommandType; set => Command.CommandType = value; }

    public override bool DesignTimeVisible { get => Command.DesignTimeVisible; set => Command.DesignTimeVisible = value; }

    public override UpdateRowSource UpdatedRowSource { get => Command.UpdatedRowSource; set => Command.UpdatedRowSource = value; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set => throw new NotSupportedException("A cached command stays on the connection that made it.");
    }

    protected override DbParameterCollection DbParameterCollection => Command.Parameters;

    protected override DbTransaction? DbTransaction { get => Command.Transaction; set => Command.Transaction = (SqliteTransaction?)value; }

    // Kept under the text it was rented for, a command used before its text would be found by no later run, and every
    // such command would take a kept one's place.
    private SqliteCommand Command => _command ??= cache.RentUnkept(out _lease);

    public override void Cancel() => Command.Cancel();

    public override int ExecuteNonQuery() => Command.ExecuteNonQuery();

    public override object? ExecuteScalar() => Command.ExecuteScalar();

    public override void Prepare() => Command.Prepare();

    protected override DbParameter CreateDbParameter() => Command.CreateParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => _reader = Command.ExecuteReader(behavior);

    protected override void Dispose(bool disposing)
    {
        if (disposing && _command is not null)
        {
            if (_reader is { IsClosed: false })
            {
                cache.Abandon(_command, _lease);
            }
            else
            {
                cache.Return(_command, _lease);
            }

            _command = null;
            _reader = null;
        }

        base.Dispose(disposing);
    }
}
