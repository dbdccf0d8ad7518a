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

    /// <summary>W3C trace context of the unit of work that wrote the row, so consumers continue its trace.</summary>
    public string? TraceParent { get; private set; }

    /// <summary>Set when the row was parked as a dead letter (a record the broker will not take); it is not sent until replayed.</summary>
    public DateTime? ParkedAt { get; internal set; }

    /// <summary>Where the row goes instead of its event's topic: the dead-letter topic of a record a consumer gave up on.</summary>
    public string? Destination { get; private set; }

    /// <summary>The record's headers as JSON, for a forwarded record that keeps the original's headers; null for an event.</summary>
    public string? Headers { get; private set; }

    internal static OutboxMessage Create(object message, string? key, Guid? correlationId, string? traceParent, DateTime now) => new()
    {
        MessageId = Guid.NewGuid(),
        Type = MessageTypeName.Of(message.GetType()),
        Key = key,
        Payload = MessageSerializer.Serialize(message),
        CorrelationId = correlationId,
        TraceParent = traceParent,
        OccurredAt = now,
    };

    /// <summary>A row that sends <paramref name="message"/> as it was received to <paramref name="forward"/>'s destination.</summary>
    internal static OutboxMessage Forward(IntegrationMessage message, DeadLetterForward forward, DateTime now) => new()
    {
        MessageId = Guid.NewGuid(),
        Type = message.Type,
        Key = message.Key,
        Payload = message.Payload,
        CorrelationId = message.CorrelationId,
        TraceParent = message.TraceParent,
        OccurredAt = now,
        Destination = forward.Destination,
        Headers = System.Text.Json.JsonSerializer.Serialize(forward.Headers),
    };
}
