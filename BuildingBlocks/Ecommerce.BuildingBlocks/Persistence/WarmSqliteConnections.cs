using Microsoft.Data.Sqlite;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// A module's open SQLite connections, their statements prepared, waiting to be lent to a context for one use: a
/// query, or a unit of work from its first statement to its commit (<see cref="BorrowingSqliteConnection"/>). There are
/// as many as uses ever ran at once, not as many as contexts: a context waiting at the write gate holds none.
/// </summary>
internal sealed class WarmSqliteConnections : IDisposable
{
    private readonly Stack<SqliteConnection> _idle = new();
    private bool _disposed;

    /// <summary>The connection given back last (its statements the likeliest to be prepared), or none.</summary>
    public SqliteConnection? TryTake()
    {
        lock (_idle)
        {
            return _idle.TryPop(out var connection) ? connection : null;
        }
    }

    /// <summary>Takes back a connection whose use has ended: no transaction, no open reader.</summary>
    public void GiveBack(SqliteConnection connection)
    {
        lock (_idle)
        {
            if (!_disposed)
            {
                _idle.Push(connection);
                return;
            }
        }

        connection.Dispose();
    }

    public void Dispose()
    {
        lock (_idle)
        {
            _disposed = true;
            foreach (var connection in _idle)
            {
                connection.Dispose();
            }

            _idle.Clear();
        }
    }
}
