using System.Globalization;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Messaging.Admin;

/// <summary>
/// The dead letters of every module this host runs, each module's in its own database. A dead letter's public id is
/// <c>&lt;module&gt;:&lt;row id&gt;</c>; an id that does not read so, or names no module here, is simply not found.
/// </summary>
internal sealed class DeadLetterStore(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases, TimeProvider time)
{
    private readonly IReadOnlyList<ModuleDatabase> _databases = databases.ToList();

    public async Task<List<DeadLetterResponse>> ListAsync(CancellationToken cancellationToken)
    {
        var all = new List<DeadLetterResponse>();
        foreach (var database in _databases)
        {
            await using var scope = scopes.CreateAsyncScope();
            var letters = await Context(scope, database).Set<DeadLetter>().AsNoTracking()
                .Where(letter => letter.DiscardedAt == null).OrderBy(letter => letter.Id).ToListAsync(cancellationToken);
            all.AddRange(letters.Select(letter => DeadLetterResponse.From(database.Module, letter)));
        }

        return all.OrderBy(letter => letter.FailedAt).ToList();
    }

    /// <summary>Runs <paramref name="work"/> on the dead letter <paramref name="id"/> in its module's database.</summary>
    /// <returns>False when there is no such dead letter (nothing ran).</returns>
    public async Task<bool> WithAsync(string id, Func<DbContext, DeadLetter, CancellationToken, Task<bool>> work, CancellationToken cancellationToken)
    {
        if (Parse(id) is not ({ } database, var rowId))
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = Context(scope, database);
        return await db.WriteAsync(
            async token => await db.Set<DeadLetter>().FirstOrDefaultAsync(letter => letter.Id == rowId && letter.DiscardedAt == null, token) is { } letter
                && await work(db, letter, token),
            cancellationToken);
    }

    /// <summary>
    /// Takes a dead letter off the list for good: a parked inbox entry counts as handled from now on (a redelivery is
    /// skipped), a parked outbox row is dropped. The row itself goes with the retention sweep.
    /// </summary>
    public Task<bool> DiscardAsync(string id, CancellationToken cancellationToken) =>
        WithAsync(id, async (db, letter, token) =>
        {
            letter.DiscardedAt = time.GetUtcNow().UtcDateTime;
            if (string.Equals(letter.Consumer, DeadLetter.Outbox, StringComparison.Ordinal))
            {
                await db.Set<OutboxMessage>().Where(row => row.MessageId == letter.MessageId && row.ParkedAt != null).ExecuteDeleteAsync(token);
            }
            else
            {
                await db.Set<InboxMessage>().Where(entry => entry.MessageId == letter.MessageId && entry.Consumer == letter.Consumer)
                    .ExecuteUpdateAsync(entry => entry.SetProperty(e => e.Parked, false), token);
            }

            return true;
        }, cancellationToken);

    /// <summary>Puts a parked outbox row back in line: the dispatcher sends it again, and parks it again if it is still refused.</summary>
    public static async Task<bool> UnparkAsync(DbContext db, DeadLetter letter, CancellationToken cancellationToken)
    {
        await db.Set<OutboxMessage>().Where(row => row.MessageId == letter.MessageId && row.ParkedAt != null)
            .ExecuteUpdateAsync(row => row.SetProperty(r => r.ParkedAt, (DateTime?)null).SetProperty(r => r.Attempts, 0), cancellationToken);
        db.Set<DeadLetter>().Remove(letter);
        return true;
    }

    private (ModuleDatabase? Database, long RowId) Parse(string id)
    {
        var separator = id.LastIndexOf(':');
        return separator > 0
            && long.TryParse(id[(separator + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var rowId)
            && _databases.FirstOrDefault(database => string.Equals(database.Module, id[..separator], StringComparison.Ordinal)) is { } database
            ? (database, rowId)
            : (null, 0);
    }

    private static DbContext Context(AsyncServiceScope scope, ModuleDatabase database) =>
        (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
}
