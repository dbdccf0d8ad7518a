using System.Diagnostics;
using System.Globalization;
using Ecommerce.BuildingBlocks.Messaging.Telemetry;
using Ecommerce.BuildingBlocks.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Messaging.Outbox;

public static class OutboxPublishing
{
    /// <summary>
    /// Adds an integration event to the context's outbox. It is saved, and so published, only with the
    /// rest of the unit of work; a transaction that rolls back publishes nothing.
    /// </summary>
    /// <param name="db">The module's context; the event commits with its unit of work.</param>
    /// <param name="message">An event from the module's own contracts.</param>
    /// <param name="key">Events sharing a key (an order id) are delivered in the order they were published.</param>
    /// <param name="correlationId">Defaults to the current trace, so a request's events correlate with its logs.</param>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="message"/> is not from the contracts of the context's module: a module publishes only its own
    /// events, and their topic is its own (<c>Ecommerce.Modules.&lt;M&gt;.Contracts</c> travels on <c>ecommerce.&lt;m&gt;</c>).
    /// </exception>
    public static void PublishIntegrationEvent<T>(this DbContext db, T message, string? key = null, Guid? correlationId = null)
        where T : class
    {
        if (!string.Equals(ModuleNames.OwnerOfContract(message.GetType()), ModuleNames.Of(db.GetType()), StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"{db.GetType().Name} cannot publish {message.GetType().FullName}: a module publishes only the events of its own contracts.");
        }

        db.Set<OutboxMessage>().Add(OutboxMessage.Create(message, key, correlationId ?? CurrentTrace(), MessagingTracing.CurrentTraceParent(), Now(db)));
    }

    /// <summary>Adds an integration event keyed by the id of the aggregate it is about (an order's, a user's).</summary>
    /// <param name="db">The module's context; the event commits with its unit of work.</param>
    /// <param name="message">An event from the module's own contracts.</param>
    /// <param name="key">The aggregate's id: the events about one aggregate are delivered in order.</param>
    /// <param name="correlationId">Defaults to the current trace.</param>
    public static void PublishIntegrationEvent<T>(this DbContext db, T message, int key, Guid? correlationId = null)
        where T : class =>
        db.PublishIntegrationEvent(message, key.ToString(CultureInfo.InvariantCulture), correlationId);

    // The host's clock, from the services the context was made by; a context made by hand (design time) has none.
    private static DateTime Now(DbContext db) =>
        (db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
            ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    private static Guid? CurrentTrace() =>
        Activity.Current is { } activity ? new Guid(Convert.FromHexString(activity.TraceId.ToHexString())) : null;
}
