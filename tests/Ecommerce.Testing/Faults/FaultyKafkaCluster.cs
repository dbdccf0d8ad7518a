using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Confluent.Kafka;
using static Ecommerce.Testing.Faults.Librdkafka;

namespace Ecommerce.Testing.Faults;

/// <summary>
/// A librdkafka mock cluster whose brokers a test can take down and bring back, and whose partition leaders it
/// can place: a broker that stays down past <c>Kafka:MessageTimeout</c> makes librdkafka really fail a produce.
/// Confluent.Kafka does not expose the mock cluster's controls, so they are called in librdkafka itself.
/// Brokers are numbered from 1.
/// </summary>
public sealed class FaultyKafkaCluster : IDisposable
{
    private const int Producer = 0; // RD_KAFKA_PRODUCER: a client that only owns the mock cluster

    private readonly IntPtr _handle;
    private readonly IntPtr _cluster;

    public FaultyKafkaCluster(int brokers = 1)
    {
        UseShippedLibrary();
        Brokers = brokers;
        var config = rd_kafka_conf_new();
        Set(config, "test.mock.num.brokers", brokers.ToString(CultureInfo.InvariantCulture));
        Set(config, "log_level", "0");
        var error = new byte[512];
        _handle = rd_kafka_new(Producer, config, error, (nuint)error.Length);
        if (_handle == IntPtr.Zero)
        {
            throw new InvalidOperationException($"librdkafka did not start a mock cluster: {Text(error)}");
        }

        _cluster = rd_kafka_handle_mock_cluster(_handle);
        BootstrapServers = Marshal.PtrToStringUTF8(rd_kafka_mock_cluster_bootstraps(_cluster))!;
    }

    public string BootstrapServers { get; }

    public int Brokers { get; }

    /// <summary>Closes the broker's connections and refuses new ones; its partitions keep it as their leader.</summary>
    public void StopBroker(int broker) => Check(rd_kafka_mock_broker_set_down(_cluster, broker), $"stop broker {broker}");

    public void StartBroker(int broker) => Check(rd_kafka_mock_broker_set_up(_cluster, broker), $"start broker {broker}");

    /// <summary>Every broker down: to a client, Kafka is gone.</summary>
    public void StopAll()
    {
        for (var broker = 1; broker <= Brokers; broker++)
        {
            StopBroker(broker);
        }
    }

    public void StartAll()
    {
        for (var broker = 1; broker <= Brokers; broker++)
        {
            StartBroker(broker);
        }
    }

    public void CreateTopic(string topic, int partitions) =>
        Check(rd_kafka_mock_topic_create(_cluster, topic, partitions, 1), $"create {topic}");

    public void MoveLeader(string topic, int partition, int broker) =>
        Check(rd_kafka_mock_partition_set_leader(_cluster, topic, partition, broker), $"move {topic}[{partition}] to broker {broker}");

    /// <summary>The partition a producer with default settings puts <paramref name="key"/> in, on a topic of <paramref name="partitions"/>.</summary>
    public async Task<int> PartitionOfAsync(string key, int partitions)
    {
        var probe = $"partition-probe-{partitions}";
        var created = rd_kafka_mock_topic_create(_cluster, probe, partitions, 1);
        if (created != (int)ErrorCode.TopicAlreadyExists)
        {
            Check(created, $"create {probe}");
        }

        using var producer = new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = BootstrapServers }).Build();
        var delivered = await producer.ProduceAsync(probe, new Message<string, string> { Key = key, Value = "" });
        return delivered.Partition.Value;
    }

    public void Dispose() => rd_kafka_destroy(_handle);

    private static void Set(IntPtr config, string name, string value)
    {
        var error = new byte[512];
        if (rd_kafka_conf_set(config, name, value, error, (nuint)error.Length) != 0)
        {
            throw new InvalidOperationException($"librdkafka refused {name}={value}: {Text(error)}");
        }
    }

    private static void Check(int error, string what)
    {
        if (error != 0)
        {
            throw new InvalidOperationException($"The mock cluster could not {what}: librdkafka error {error}");
        }
    }

    private static string Text(byte[] buffer) => Encoding.UTF8.GetString(buffer).TrimEnd('\0');
}
