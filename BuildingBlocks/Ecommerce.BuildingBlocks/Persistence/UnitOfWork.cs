using Microsoft.EntityFrameworkCore;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// The one way a module writes. A unit of work is one database transaction: the work runs, the context is saved
/// (its state changes and the events it published to the outbox, together) and the transaction commits. SQLite
/// writers queue inside the process (<see cref="SqliteWriteGate"/>) instead of on the file's lock.
/// </summary>
public static class UnitOfWork
{
    private const int MaxAttempts = 3;

    /// <summary>Saves what the context tracks (entities added or changed, events published) as one unit of work.</summary>
    public static Task WriteAsync(this DbContext db, CancellationToken cancellationToken) =>
        db.WriteAsync(_ => Task.CompletedTask, cancellationToken);

    /// <summary>Runs <paramref name="work"/> and saves what it changed, in one transaction.</summary>
    /// <exception cref="InvalidOperationException">A unit of work is already open on this context.</exception>
    public static async Task<T> WriteAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A write transaction is already open on this context.");
        }

        using var gate = await SqliteWriteGate.EnterAsync(db.Database, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // A failed save ends the unit of work and its transaction rolls back whole, so EF Core's savepoint around each
        // save (two more statements per save, inside the writer's queue) would protect nothing.
        db.Database.AutoSavepointsEnabled = false;
        var result = await work(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <inheritdoc cref="WriteAsync{T}(DbContext, Func{CancellationToken, Task{T}}, CancellationToken)"/>
    public static Task WriteAsync(this DbContext db, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        db.WriteAsync(
            async token =>
            {
                await work(token);
                return true;
            },
            cancellationToken);

    /// <summary>
    /// A unit of work that is run again, on a cleared context, when a concurrent writer won a race it lost (a
    /// concurrency token or a unique index said so) or the database failed transiently (busy, locked, a deadlock
    /// victim, a timeout), up to three times in all. Only for work that is safe to repeat: it reads what it changes
    /// inside <paramref name="work"/> (nothing loaded before survives the clearing), its changes are conditional on what
    /// it read, and its effects outside the database are idempotent (a refund keyed by its order id, say). Any other
    /// error, or the third failure, is thrown: <see cref="DatabaseErrors"/> tells the caller what it was.
    /// </summary>
    public static async Task<T> WriteRetryingOnConflictAsync<T>(
        this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.WriteAsync(work, cancellationToken);
            }
            catch (Exception error) when (attempt < MaxAttempts && (DatabaseErrors.IsConflict(error) || DatabaseErrors.IsTransient(error)))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <inheritdoc cref="WriteRetryingOnConflictAsync{T}(DbContext, Func{CancellationToken, Task{T}}, CancellationToken)"/>
    public static Task WriteRetryingOnConflictAsync(this DbContext db, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        db.WriteRetryingOnConflictAsync(
            async token =>
            {
                await work(token);
                return true;
            },
            cancellationToken);
}
