using Confluent.Kafka;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>Which produce errors the broker (or librdkafka) will give again however often the record is sent.</summary>
internal static class KafkaErrors
{
    private static readonly HashSet<ErrorCode> Permanent =
    [
        ErrorCode.MsgSizeTooLarge,
        ErrorCode.InvalidMsgSize,
        ErrorCode.RecordListTooLarge,
        ErrorCode.InvalidMsg,
        ErrorCode.InvalidRecord,
        ErrorCode.TopicException,
        ErrorCode.TopicAuthorizationFailed,
        ErrorCode.ClusterAuthorizationFailed,
        ErrorCode.PolicyViolation,
        ErrorCode.UnsupportedForMessageFormat,
        ErrorCode.Local_KeySerialization,
        ErrorCode.Local_ValueSerialization,
    ];

    /// <summary>
    /// True for a record the broker refuses for what it is (too large, not authorised, invalid); false for what passes
    /// (timeouts, a broker away, leadership moving), which the outbox retries until it goes.
    /// </summary>
    public static bool IsPermanent(Exception error) => error is KafkaException kafka && Permanent.Contains(kafka.Error.Code);
}
