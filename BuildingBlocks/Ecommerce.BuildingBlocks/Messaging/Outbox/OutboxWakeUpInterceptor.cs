using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ecommerce.BuildingBlocks.Messaging.Outbox;

/// <summary>Notifies the outbox signal when outbox rows become visible: after their save, or after its transaction commits.</summary>
internal sealed class OutboxWakeUpInterceptor<TContext>(OutboxSignal<TContext> signal)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && HasAddedOutboxRows(context.ChangeTracker))
        {
            _pending.AddOrUpdate(context, Marker);
        }

        return ValueTask.FromResult(result);
    }

    public ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            NotifyIfPending(context);
        }

        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        NotifyIfPending(eventData.Context);
        return Task.CompletedTask;
    }

    public Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }

        return Task.CompletedTask;
    }

    // Outbox rows are only ever added (Set<OutboxMessage>().Add), so they are Added without a scan for changes; the
    // save that follows scans once. Letting Entries() scan too would walk every tracked entity twice per save.
    private static bool HasAddedOutboxRows(ChangeTracker tracker)
    {
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return tracker.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    private void NotifyIfPending(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            signal.Notify();
        }
    }
}
