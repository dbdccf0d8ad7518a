using Microsoft.EntityFrameworkCore;

namespace Ecommerce.BuildingBlocks.Messaging.Inbox;

/// <summary>"This consumer handled this message" (or parked it), written in the consumer's own transaction.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    public string Consumer { get; init; } = "";

    /// <summary>When it was handled, or parked.</summary>
    public DateTime HandledAt { get; set; }

    /// <summary>
    /// Parked as a dead letter, not handled: a redelivery, a replay from offset 0, a copy back from <c>.dlt</c> or a replay
    /// through the admin API runs the consumer again; a handled message is skipped.
    /// </summary>
    public bool Parked { get; set; }
}

/// <summary>The inbox's questions, compiled once per module context: every delivered event asks them.</summary>
internal static class InboxQueries<TContext>
    where TContext : DbContext
{
    /// <summary>Whether the consumer handled the message; a parked message counts as not handled.</summary>
    public static readonly Func<TContext, Guid, string, CancellationToken, Task<bool>> Handled =
        EF.CompileAsyncQuery((TContext db, Guid messageId, string consumer, CancellationToken _) =>
            db.Set<InboxMessage>().Any(entry => entry.MessageId == messageId && entry.Consumer == consumer && !entry.Parked));

    /// <summary>Whether the consumer's entry for the message is parked; null if it has none.</summary>
    public static readonly Func<TContext, Guid, string, CancellationToken, Task<bool?>> Parked =
        EF.CompileAsyncQuery((TContext db, Guid messageId, string consumer, CancellationToken _) =>
            db.Set<InboxMessage>().Where(entry => entry.MessageId == messageId && entry.Consumer == consumer)
                .Select(entry => (bool?)entry.Parked).FirstOrDefault());
}
