using Confluent.Kafka;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>
/// librdkafka's mock cluster: real Kafka protocol over TCP on 127.0.0.1, in this process, in memory.
/// It lives as long as this object. For tests and demos: nothing it holds survives the process.
/// </summary>
public sealed class MockKafkaCluster : IDisposable
{
    private readonly IAdminClient _owner;

    public MockKafkaCluster(int brokers = 1)
    {
        var config = new AdminClientConfig();
        config.Set("test.mock.num.brokers", brokers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _owner = new AdminClientBuilder(config).SetLogHandler((_, _) => { }).Build();
        var metadata = _owner.GetMetadata(TimeSpan.FromSeconds(10));
        BootstrapServers = string.Join(",", metadata.Brokers.Select(broker => $"{broker.Host}:{broker.Port}"));
    }

    /// <summary>The brokers' addresses, for any Kafka client.</summary>
    public string BootstrapServers { get; }

    public void Dispose() => _owner.Dispose();
}
