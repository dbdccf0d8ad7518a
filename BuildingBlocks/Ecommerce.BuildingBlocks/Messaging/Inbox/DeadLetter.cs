namespace Ecommerce.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// A message a consumer kept failing on, or an outbox row the broker refused for good (consumer <see cref="Outbox"/>);
/// parked here so that the messages behind it flow on, listed and replayed through the admin API.
/// </summary>
public sealed class DeadLetter
{
    /// <summary>The consumer name of an outbox row the transport would not take.</summary>
    public const string Outbox = "outbox";

    public long Id { get; init; }

    public Guid MessageId { get; init; }

    public string Consumer { get; init; } = "";

    public string Type { get; init; } = "";

    public string Payload { get; init; } = "";

    public string? Key { get; init; }

    public Guid? CorrelationId { get; init; }

    public string Error { get; set; } = "";

    public int Attempts { get; set; }

    public DateTime FailedAt { get; set; }

    /// <summary>Set when an operator discarded it: no longer listed, deleted after <c>Messaging:InboxRetention</c>.</summary>
    public DateTime? DiscardedAt { get; set; }
}
