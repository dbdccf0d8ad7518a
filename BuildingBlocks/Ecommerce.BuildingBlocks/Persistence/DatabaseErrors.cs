using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// What a database error means for the caller, on either provider: a lost race (a concurrency token or a unique
/// index said no), or a transient failure worth trying again (a lock, a deadlock, a timeout). Anything else is a fault.
/// </summary>
public static class DatabaseErrors
{
    // SQLite: SQLITE_BUSY, SQLITE_LOCKED; SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    /// <summary>A row with the same unique key was written first (by a concurrent writer, or before).</summary>
    public static bool IsUniqueViolation(Exception exception) => Cause(exception) switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        { } other => SqlServer.IsUniqueViolation(other),
        null => false,
    };

    /// <summary>The database could not do it now, but may in a moment: the same work can be tried again.</summary>
    public static bool IsTransient(Exception exception) => Cause(exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        { } other when SqlServer.IsTransient(other) => true,
        _ => exception is TimeoutException || exception.InnerException is TimeoutException,
    };

    /// <summary>A concurrent writer won: a concurrency token no longer matched, or a unique key was taken.</summary>
    public static bool IsConflict(Exception exception) =>
        exception is DbUpdateConcurrencyException || IsUniqueViolation(exception);

    /// <summary>The provider's own exception, however deep EF wrapped it.</summary>
    private static DbException? Cause(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException database)
            {
                return database;
            }
        }

        return null;
    }

    // Not inlined, so that a SQLite host never loads SqlClient (about 2 MB mapped) to classify its errors.
    private static class SqlServer
    {
        // Duplicate key in a unique index, in a unique constraint.
        private static readonly HashSet<int> Unique = [2601, 2627];

        // Deadlock victim, lock request timeout, command timeout, and Azure SQL's throttling and failover errors.
        private static readonly HashSet<int> Transient = [1205, 1222, -2, 40197, 40501, 40613, 49918, 49919, 49920];

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static bool IsUniqueViolation(DbException exception) => exception is SqlException sql && Unique.Contains(sql.Number);

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static bool IsTransient(DbException exception) =>
            exception is SqlException sql && sql.Errors.Cast<SqlError>().Any(error => Transient.Contains(error.Number));
    }
}
