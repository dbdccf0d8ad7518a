using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ecommerce.Testing.Faults;

/// <summary>
/// Makes a module's database answer "busy" (SQLite's SQLITE_BUSY, which the host takes as transient on any provider),
/// or "unique key taken" (SQLITE_CONSTRAINT_UNIQUE, a race lost to a concurrent writer), on the commands a test picks;
/// or stops such a command before it runs, until the test releases it.
/// Register it with <see cref="FaultInjection.InjectDatabaseFaults{TContext}"/>; until a plan says otherwise every
/// command runs as usual.
/// </summary>
public sealed class DatabaseFaults : DbCommandInterceptor
{
    public const string FaultMessage = "Planned database failure: database is locked";
    private const int SqliteBusy = 5;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;

    private readonly Lock _lock = new();
    private readonly List<Plan> _plans = [];
    private readonly Holds<string> _holds = new();

    /// <summary>Commands whose SQL matches fail, <paramref name="times"/> times in all (every time by default).</summary>
    /// <returns>How many have failed so far.</returns>
    public Func<int> Busy(Func<string, bool> which, int times = int.MaxValue) =>
        Add(new Plan(which, () => new SqliteException(FaultMessage, SqliteBusy)) { Left = times });

    /// <summary>Commands whose SQL matches fail on a unique key a concurrent writer took first, every time.</summary>
    /// <returns>How many have failed so far.</returns>
    public Func<int> KeyTaken(Func<string, bool> which) =>
        Add(new Plan(which, () => new SqliteException("Planned database failure: UNIQUE constraint failed", SqliteConstraint, SqliteConstraintUnique))
        {
            Left = int.MaxValue,
        });

    /// <summary>Stops the first command whose SQL matches, before it runs, until released.</summary>
    public HeldRequest Hold(Func<string, bool> which) => _holds.Add(which);

    private Func<int> Add(Plan plan)
    {
        lock (_lock)
        {
            _plans.Add(plan);
        }

        return () => Volatile.Read(ref plan.Failed);
    }

    /// <summary>Every plan ends: the database answers again. A hold not reached yet is dropped.</summary>
    public void Recover()
    {
        lock (_lock)
        {
            _plans.Clear();
        }

        _holds.Clear();
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await _holds.WaitIfHeldAsync(command.CommandText, CancellationToken.None, cancellationToken);
        Fail(command);
        return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Fail(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Fail(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Fail(DbCommand command)
    {
        Plan? plan;
        lock (_lock)
        {
            plan = _plans.Find(candidate => candidate.Left > 0 && candidate.Which(command.CommandText));
            if (plan is not null)
            {
                plan.Left--;
            }
        }

        if (plan is not null)
        {
            Interlocked.Increment(ref plan.Failed);
            throw plan.Error();
        }
    }

    private sealed class Plan(Func<string, bool> which, Func<SqliteException> error)
    {
        public int Failed;

        public Func<string, bool> Which { get; } = which;

        public Func<SqliteException> Error { get; } = error;

        public int Left { get; set; }
    }
}
