using System.Text;
using Confluent.Kafka;
using Ecommerce.BuildingBlocks.Messaging;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>How an integration message is laid out on a Kafka record: the event as JSON, its metadata in headers.</summary>
internal static class KafkaHeaders
{
    public const string MessageId = "message-id";
    public const string MessageType = "message-type";
    public const string CorrelationId = "correlation-id";
    public const string ContentType = "content-type";
    public const string Error = "dlt-error";
    public const string FailedConsumer = "dlt-consumer";
    public const string OriginalTopic = "dlt-original-topic";
    public const string OriginalPartition = "dlt-original-partition";
    public const string OriginalOffset = "dlt-original-offset";

    public static Message<string, byte[]> ToRecord(IntegrationMessage message)
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

        return new Message<string, byte[]>
        {
            Key = message.Key ?? message.MessageId.ToString(),
            Value = Encoding.UTF8.GetBytes(message.Payload),
            Headers = headers,
        };
    }

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
        return new IntegrationMessage(messageId, type, record.Key, Encoding.UTF8.GetString(record.Value ?? []), correlation);
    }

    public static string? Read(Headers? headers, string name) =>
        headers is not null && headers.TryGetLastBytes(name, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;

    public static byte[] Encode(string value) => Encoding.UTF8.GetBytes(value);
}
