using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// A SQLite connection whose commands, as EF Core creates them, keep their prepared statements between runs
/// (<see cref="SqliteStatementCache"/>). Commands asked for as <see cref="SqliteCommand"/> are the driver's own.
/// </summary>
internal sealed class StatementCachingSqliteConnection : SqliteConnection
{
    private readonly SqliteStatementCache _statements;

    public StatementCachingSqliteConnection(string connectionString)
        : base(connectionString) => _statements = new SqliteStatementCache(this);

    public override void Close()
    {
        base.Close();
        _statements.Forget();
    }

    protected override DbCommand CreateDbCommand() => new CachedSqliteCommand(this, _statements);
}
