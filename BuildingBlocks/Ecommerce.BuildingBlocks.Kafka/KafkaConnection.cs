using Confluent.Kafka;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>Where the brokers are, and the client settings (security included) every producer, consumer and admin client of the host shares.</summary>
internal sealed class KafkaConnection : IDisposable
{
    private readonly MockKafkaCluster? _mock;

    public KafkaConnection(KafkaOptions options, IHostEnvironment environment, ILogger<KafkaConnection> logger)
    {
        KafkaSecurity.Check(options, environment.IsDevelopment());
        Options = options;
        if (string.Equals(options.BootstrapServers, KafkaOptions.MockCluster, StringComparison.OrdinalIgnoreCase))
        {
            _mock = new MockKafkaCluster();
            BootstrapServers = _mock.BootstrapServers;
            logger.LogWarning("Kafka is an in-process mock cluster at {Brokers}: events are not durable", BootstrapServers);
        }
        else if (string.IsNullOrWhiteSpace(options.BootstrapServers))
        {
            throw new InvalidOperationException("Messaging:Transport is Kafka but Kafka:BootstrapServers is not set.");
        }
        else
        {
            BootstrapServers = options.BootstrapServers;
        }
    }

    public string BootstrapServers { get; }

    public KafkaOptions Options { get; }

    public ProducerConfig ProducerConfig() => new ProducerConfig
    {
        BootstrapServers = BootstrapServers,
        ClientId = "ecommerce-outbox",
        EnableIdempotence = true,
        Acks = Acks.All,
        LingerMs = Options.Linger.TotalMilliseconds,
        MessageTimeoutMs = (int)Options.MessageTimeout.TotalMilliseconds,
    }.Apply(Options);

    public ConsumerConfig ConsumerConfig(string module) => new ConsumerConfig
    {
        BootstrapServers = BootstrapServers,
        ClientId = $"ecommerce-{module}-inbox",
        GroupId = KafkaTopics.GroupOf(module),
        AutoOffsetReset = AutoOffsetReset.Earliest,
        EnableAutoCommit = true,
        // Offsets are stored by hand, only after the inbox transaction committed.
        EnableAutoOffsetStore = false,
        AutoCommitIntervalMs = 1000,
        SessionTimeoutMs = (int)Options.SessionTimeout.TotalMilliseconds,
        FetchWaitMaxMs = (int)Options.FetchWaitMax.TotalMilliseconds,
    }.Apply(Options);

    public AdminClientConfig AdminConfig() => new AdminClientConfig
    {
        BootstrapServers = BootstrapServers,
        ClientId = "ecommerce-admin",
        // Lets a metadata request create a topic where the broker allows it (the mock cluster does).
        AllowAutoCreateTopics = true,
    }.Apply(Options);

    public void Dispose() => _mock?.Dispose();
}
