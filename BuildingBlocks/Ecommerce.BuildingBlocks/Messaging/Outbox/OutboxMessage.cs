namespace Ecommerce.BuildingBlocks.Messaging.Outbox;

/// <summary>An integration event waiting in its module's outbox; written in the transaction that raised it.</summary>
public sealed class OutboxMessage
{
    public long Id { get; private set; }

    public Guid MessageId { get; private set; }

    /// <summary>The contract type's full name: what consumers, in this process or behind Kafka, deserialize.</summary>
    public string Type { get; private set; } = "";

    /// <summary>Partition key: events about one aggregate (an order) share it so they stay in order.</summary>
    public string? Key { get; private set; }

    public string Payload { get; private set; } = "";

    public Guid? CorrelationId { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public DateTime? SentAt { get; internal set; }

    public int Attempts { get; internal set; }

    public string? LastError { get; internal set; }

    internal static OutboxMessage Create(object message, string? key, Guid? correlationId, DateTime now) => new()
    {
        MessageId = Guid.NewGuid(),
        Type = MessageTypeName.Of(message.GetType()),
        Key = key,
        Payload = MessageSerializer.Serialize(message),
        CorrelationId = correlationId,
        OccurredAt = now,
    };
}
