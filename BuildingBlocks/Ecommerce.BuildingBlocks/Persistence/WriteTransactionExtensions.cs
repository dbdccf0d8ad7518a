using Microsoft.EntityFrameworkCore;

namespace Ecommerce.BuildingBlocks.Persistence;

public static class WriteTransactionExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one database transaction and saves the context before committing.
    /// Every write of a module goes through here, so that state changes and the outbox rows they
    /// raise commit together, and SQLite writers queue in the process instead of on the file lock.
    /// </summary>
    public static async Task<T> InWriteTransactionAsync<T>(
        this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A write transaction is already open on this context.");
        }

        using var gate = await SqliteWriteGate.EnterAsync(db.Database, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public static Task InWriteTransactionAsync(
        this DbContext db, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        db.InWriteTransactionAsync(
            async token =>
            {
                await work(token);
                return true;
            },
            cancellationToken);
}
