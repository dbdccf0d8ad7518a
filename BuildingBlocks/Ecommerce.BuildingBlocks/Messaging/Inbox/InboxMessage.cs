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

internal static class InboxQueries
{
    /// <summary>Whether the consumer handled the message; a parked message counts as not handled.</summary>
    public static Task<bool> HandledAsync(this IQueryable<InboxMessage> inbox, Guid messageId, string consumer, CancellationToken cancellationToken) =>
        inbox.AnyAsync(entry => entry.MessageId == messageId && entry.Consumer == consumer && !entry.Parked, cancellationToken);
}
