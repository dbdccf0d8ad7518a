using System.Text.Json;
using Ecommerce.BuildingBlocks.Messaging.Outbox;

namespace Ecommerce.BuildingBlocks.Messaging;

/// <summary>An integration event as it travels: the serialized event plus the headers every transport carries.</summary>
/// <param name="MessageId">Unique per event; the inbox's key against duplicates.</param>
/// <param name="Type">The event's contract name (<see cref="MessageTypeName"/>).</param>
/// <param name="Key">Orders events per key (the partition key on Kafka).</param>
/// <param name="Payload">The event as JSON.</param>
/// <param name="CorrelationId">Ties the event to the request that caused it.</param>
/// <param name="TraceParent">The W3C trace context the event continues (<c>traceparent</c>).</param>
/// <param name="OccurredAt">When its outbox row was written: the start of its delivery latency.</param>
/// <param name="Destination">Where an outbox row goes instead of its event's topic (a dead-letter topic).</param>
/// <param name="Headers">The exact headers of a forwarded record; null for an event, whose headers the transport writes.</param>
public sealed record IntegrationMessage(
    Guid MessageId,
    string Type,
    string? Key,
    string Payload,
    Guid? CorrelationId,
    string? TraceParent = null,
    DateTime? OccurredAt = null,
    string? Destination = null,
    IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>A new message carrying <paramref name="message"/>, as an outbox would send it.</summary>
    public static IntegrationMessage For(object message, string? key = null) =>
        new(Guid.NewGuid(), MessageTypeName.Of(message.GetType()), key, MessageSerializer.Serialize(message), null);

    internal static IntegrationMessage From(OutboxMessage row) =>
        new(row.MessageId, row.Type, row.Key, row.Payload, row.CorrelationId, row.TraceParent, row.OccurredAt, row.Destination,
            row.Headers is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(row.Headers));
}

/// <summary>Where a transport sends a copy of a message its consumer gave up on, with the headers that say why and whence.</summary>
public sealed record DeadLetterForward(string Destination, IReadOnlyDictionary<string, string> Headers);
