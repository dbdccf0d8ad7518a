using Microsoft.EntityFrameworkCore;

namespace Ecommerce.BuildingBlocks.Messaging.Inbox;

/// <summary>"This consumer handled this message": written in the consumer's own transaction.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    public string Consumer { get; init; } = "";

    public DateTime HandledAt { get; init; }
}

internal static class InboxQueries
{
    public static Task<bool> HasAsync(this IQueryable<InboxMessage> inbox, Guid messageId, string consumer, CancellationToken cancellationToken) =>
        inbox.AnyAsync(entry => entry.MessageId == messageId && entry.Consumer == consumer, cancellationToken);
}
