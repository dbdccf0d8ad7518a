using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>How an integration message is laid out on a Kafka record: the event as JSON, its metadata in headers.</summary>
internal static class KafkaHeaders
{
    public const string MessageId = "message-id";
    public const string MessageType = "message-type";
    public const string CorrelationId = "correlation-id";
    public const string ContentType = "content-type";
    public const string TraceParent = "traceparent";
    public const string OccurredAt = "occurred-at";
    public const string Error = DeadLetterHeaders.Error;
    public const string FailedConsumer = DeadLetterHeaders.Consumer;
    public const string OriginalTopic = "dlt-original-topic";
    public const string OriginalPartition = "dlt-original-partition";
    public const string OriginalOffset = "dlt-original-offset";

    public static Message<string, byte[]> ToRecord(IntegrationMessage message) => new()
    {
        Key = message.Key ?? message.MessageId.ToString(),
        Value = Encoding.UTF8.GetBytes(message.Payload),
        Headers = message.Headers is { } forwarded ? Of(forwarded) : HeadersOf(message),
    };

    /// <returns>The message, or null with a reason when the record is not one of ours.</returns>
    public static IntegrationMessage? FromRecord(Message<string, byte[]> record, out string? problem)
    {
        problem = null;
        if (!Guid.TryParse(Read(record.Headers, MessageId), out var messageId))
        {
            problem = $"The '{MessageId}' header is missing or not a GUID.";
            return null;
        }

        if (Read(record.Headers, MessageType) is not { Length: > 0 } type)
        {
            problem = $"The '{MessageType}' header is missing.";
            return null;
        }

        var correlation = Guid.TryParse(Read(record.Headers, CorrelationId), out var parsed) ? parsed : (Guid?)null;
        var occurredAt = DateTime.TryParse(Read(record.Headers, OccurredAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : (DateTime?)null;
        return new IntegrationMessage(
            messageId, type, record.Key, Encoding.UTF8.GetString(record.Value ?? []), correlation, Read(record.Headers, TraceParent), occurredAt);
    }

    /// <summary>A copy of <paramref name="record"/> for its topic's <c>.dlt</c>: its own headers, and where it was read.</summary>
    public static DeadLetterForward DeadLetterOf(ConsumeResult<string, byte[]> record)
    {
        var headers = (record.Message.Headers ?? []).ToDictionary(header => header.Key, header => Encoding.UTF8.GetString(header.GetValueBytes()), StringComparer.Ordinal);
        headers[OriginalTopic] = record.Topic;
        headers[OriginalPartition] = record.Partition.Value.ToString(CultureInfo.InvariantCulture);
        headers[OriginalOffset] = record.Offset.Value.ToString(CultureInfo.InvariantCulture);
        return new DeadLetterForward(KafkaTopics.DeadLetterOf(record.Topic), headers);
    }

    public static string? Read(Headers? headers, string name) =>
        headers is not null && headers.TryGetLastBytes(name, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;

    public static byte[] Encode(string value) => Encoding.UTF8.GetBytes(value);

    private static Headers HeadersOf(IntegrationMessage message)
    {
        var headers = new Headers
        {
            { MessageId, Encode(message.MessageId.ToString()) },
            { MessageType, Encode(message.Type) },
            { ContentType, Encode("application/json") },
        };
        if (message.CorrelationId is { } correlationId)
        {
            headers.Add(CorrelationId, Encode(correlationId.ToString()));
        }

        if (message.TraceParent is { } traceParent)
        {
            headers.Add(TraceParent, Encode(traceParent));
        }

        if (message.OccurredAt is { } occurredAt)
        {
            headers.Add(OccurredAt, Encode(DateTime.SpecifyKind(occurredAt, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture)));
        }

        return headers;
    }

    /// <summary>Kafka headers holding exactly <paramref name="forwarded"/>.</summary>
    public static Headers Of(IReadOnlyDictionary<string, string> forwarded)
    {
        var headers = new Headers();
        foreach (var (name, value) in forwarded)
        {
            headers.Add(name, Encode(value));
        }

        return headers;
    }
}
