using Ecommerce.BuildingBlocks.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ecommerce.Kafka.Tests;

public sealed class ClientSettingsTests
{
    [Test]
    public void Without_settings_the_clients_keep_librdkafka_s_fetch_wait_and_a_short_linger()
    {
        using var connection = Connection([]);

        Assert.Multiple(() =>
        {
            Assert.That(connection.ConsumerConfig("catalog").FetchWaitMaxMs, Is.EqualTo(500));
            Assert.That(connection.ProducerConfig().LingerMs, Is.EqualTo(5));
        });
    }

    [Test]
    public void Kafka_FetchWaitMax_and_Linger_reach_the_consumer_and_the_producer()
    {
        using var connection = Connection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Kafka:FetchWaitMax"] = "00:00:00.020",
            ["Kafka:Linger"] = "00:00:00.001",
        });

        Assert.Multiple(() =>
        {
            Assert.That(connection.ConsumerConfig("catalog").FetchWaitMaxMs, Is.EqualTo(20));
            Assert.That(connection.ProducerConfig().LingerMs, Is.EqualTo(1));
        });
    }

    private static KafkaConnection Connection(Dictionary<string, string?> settings)
    {
        settings["Kafka:BootstrapServers"] = "127.0.0.1:9092";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var environment = new HostingEnvironment { EnvironmentName = Environments.Development };
        return new KafkaConnection(KafkaOptions.From(configuration), environment, NullLogger<KafkaConnection>.Instance);
    }
}
