using Microsoft.EntityFrameworkCore;

namespace Ecommerce.BuildingBlocks.Persistence;

public static class ConflictRetryExtensions
{
    private const int MaxAttempts = 3;

    /// <summary>
    /// Runs <paramref name="attempt"/> again, on a cleared context, when a concurrent writer won a race
    /// it lost (a concurrency token or a unique index said so). Only for work that reads what it changes
    /// inside the attempt and whose effects outside the database are idempotent (a refund keyed by its
    /// order id, say). SQLite writers are queued and never conflict; this is for servers that run
    /// writers side by side.
    /// </summary>
    public static async Task<T> RetryOnConflictAsync<T>(
        this DbContext db, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt(cancellationToken);
            }
            catch (DbUpdateException) when (number < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
