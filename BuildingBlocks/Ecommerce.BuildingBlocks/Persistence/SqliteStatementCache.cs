using Microsoft.Data.Sqlite;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// One open SQLite connection's commands, kept with their prepared statements for the next EF Core command of the same
/// text. Microsoft.Data.Sqlite keeps a statement prepared only as long as its command lives, and EF Core makes a new
/// command for each run, so SQLite parsed and planned every statement again (dotnet/efcore#14044). A command in use
/// (its reader still open, say) is not handed out again: a second one is made. The connection closing disposes its
/// commands, and the cache starts again.
/// </summary>
internal sealed class SqliteStatementCache(SqliteConnection connection)
{
    /// <summary>A module runs a few dozen distinct statements; beyond this many, an idle one makes room.</summary>
    private const int MaxCommands = 64;

    private readonly Dictionary<string, Stack<SqliteCommand>> _idle = new(StringComparer.Ordinal);
    private int _owned;
    private int _generation;

    /// <summary>A command for <paramref name="text"/>, prepared if one ran it before and is not in use.</summary>
    public SqliteCommand Rent(string text, out Lease lease)
    {
        if (_idle.TryGetValue(text, out var idle) && idle.TryPop(out var command))
        {
            lease = new Lease(_generation, Kept: true);
            return command;
        }

        command = connection.CreateCommand();
        command.CommandText = text;
        lease = new Lease(_generation, Kept: !HasParameterLimit(text) && (_owned < MaxCommands || DropAnIdleCommand()));
        if (lease.Kept)
        {
            _owned++;
        }

        return command;
    }

    /// <summary>A command that is not kept: asked for before its text is known, it cannot be matched to a prepared one.</summary>
    public SqliteCommand RentUnkept(out Lease lease)
    {
        lease = new Lease(_generation, Kept: false);
        return connection.CreateCommand();
    }

    /// <summary>Takes back a command whose reader is closed, ready for its text's next run.</summary>
    public void Return(SqliteCommand command, Lease lease)
    {
        if (!IsKept(lease))
        {
            command.Dispose();
            return;
        }

        // EF Core gives each command its parameters and, when one is open, its transaction.
        command.Parameters.Clear();
        command.Transaction = null;
        if (!_idle.TryGetValue(command.CommandText, out var idle))
        {
            _idle[command.CommandText] = idle = new Stack<SqliteCommand>();
        }

        idle.Push(command);
    }

    /// <summary>Gives up a command that cannot be used again: its reader was left open.</summary>
    public void Abandon(SqliteCommand command, Lease lease)
    {
        if (IsKept(lease))
        {
            _owned--;
        }

        command.Dispose();
    }

    private bool DropAnIdleCommand()
    {
        foreach (var (text, idle) in _idle)
        {
            if (idle.TryPop(out var command))
            {
                if (idle.Count == 0)
                {
                    _idle.Remove(text);
                }

                command.Dispose();
                _owned--;
                return true;
            }
        }

        return false;
    }

    // SQLite plans a LIMIT with its bound value, so binding one expires the statement and the next step prepares it again:
    // kept, it cost more than a new one (GET /products measured 10% slower).
    private static bool HasParameterLimit(string text) => text.Contains("LIMIT @", StringComparison.Ordinal);

    private bool IsKept(Lease lease) => lease.Kept && lease.Generation == _generation;

    /// <summary>For a connection that closed, which disposed its commands; one leased before is disposed when it comes back.</summary>
    public void Forget()
    {
        _idle.Clear();
        _owned = 0;
        _generation++;
    }

    /// <summary>Whether the cache keeps a command it handed out, and since which opening of the connection.</summary>
    internal readonly record struct Lease(int Generation, bool Kept);
}
