using Confluent.Kafka;
using Microsoft.Extensions.Configuration;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary><c>Kafka:*</c> settings, used when <c>Messaging:Transport</c> is <c>Kafka</c>.</summary>
public sealed class KafkaOptions
{
    public const string SectionName = "Kafka";

    /// <summary>Start an in-process librdkafka mock cluster instead of connecting to brokers (demos and tests; not durable).</summary>
    public const string MockCluster = "mock";

    public string BootstrapServers { get; init; } = "";

    /// <summary>Partitions of each topic this host creates.</summary>
    public int TopicPartitions { get; init; } = 4;

    public short TopicReplicationFactor { get; init; } = 1;

    /// <summary>How long a produced event may wait for the broker before the outbox retries it.</summary>
    public TimeSpan MessageTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a silent consumer keeps its partitions before the group moves them to another member.</summary>
    public TimeSpan SessionTimeout { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>
    /// Longest a consumer's fetch waits at the broker for records (librdkafka <c>fetch.wait.max.ms</c>). A real broker
    /// answers a waiting fetch as soon as a record arrives, so this bounds idle round trips only; librdkafka's mock
    /// cluster answers only when the wait is over, so on it this is the latency of every hop (tests use 20 ms).
    /// </summary>
    public TimeSpan FetchWaitMax { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long the producer holds records to send them in one batch (librdkafka <c>linger.ms</c>).</summary>
    public TimeSpan Linger { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>Bound on each admin call at start-up (topic creation), so that a missing broker cannot hold the host.</summary>
    public TimeSpan AdminTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Records a module's consumer may lag behind its partitions before readiness reports Degraded.</summary>
    public long LagWarning { get; init; } = 10_000;
    /// <summary><c>Plaintext</c>, <c>Ssl</c>, <c>SaslPlaintext</c> or <c>SaslSsl</c>, for every client of the host.</summary>
    public SecurityProtocol SecurityProtocol { get; init; } = SecurityProtocol.Plaintext;

    /// <summary><c>Plain</c>, <c>ScramSha256</c> or <c>ScramSha512</c>, with a SASL protocol.</summary>
    public SaslMechanism? SaslMechanism { get; init; }

    public string? SaslUsername { get; init; }

    /// <summary>Never logged.</summary>
    public string? SaslPassword { get; init; }

    /// <summary>A PEM file of the CA that signed the brokers' certificates, when it is not in the system's store.</summary>
    public string? SslCaLocation { get; init; }

    /// <summary>Outside Development, an unencrypted connection to brokers off this machine is refused unless this is true.</summary>
    public bool AllowPlaintext { get; init; }

    public static KafkaOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<KafkaOptions>() ?? new KafkaOptions();
}
