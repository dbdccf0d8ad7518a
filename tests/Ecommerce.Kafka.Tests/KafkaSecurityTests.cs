using Confluent.Kafka;
using Ecommerce.BuildingBlocks.Kafka;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ecommerce.Kafka.Tests;

/// <summary>
/// TLS and SASL settings reach every client the host builds, and settings that would leak events or credentials
/// stop the host before any client connects. No broker is contacted here: `.invalid` names never resolve.
/// </summary>
public sealed class KafkaSecurityTests
{
    private const string Remote = "broker-1.example.invalid:9093,broker-2.example.invalid:9093";

    [Test]
    public void Sasl_ssl_with_scram_reaches_the_producer_the_consumers_and_the_admin_client()
    {
        using var connection = Connect(new KafkaOptions
        {
            BootstrapServers = Remote,
            SecurityProtocol = SecurityProtocol.SaslSsl,
            SaslMechanism = SaslMechanism.ScramSha512,
            SaslUsername = "ecommerce",
            SaslPassword = "broker-secret",
            SslCaLocation = "/etc/ecommerce/kafka-ca.pem",
        });

        Assert.Multiple(() =>
        {
            foreach (var config in new ClientConfig[] { connection.ProducerConfig(), connection.ConsumerConfig("orders"), connection.AdminConfig() })
            {
                var client = config.GetType().Name;
                Assert.That(config.Get("security.protocol"), Is.EqualTo("sasl_ssl"), client);
                Assert.That(config.Get("sasl.mechanism"), Is.EqualTo("SCRAM-SHA-512"), client);
                Assert.That(config.Get("sasl.username"), Is.EqualTo("ecommerce"), client);
                Assert.That(config.Get("sasl.password"), Is.EqualTo("broker-secret"), client);
                Assert.That(config.Get("ssl.ca.location"), Is.EqualTo("/etc/ecommerce/kafka-ca.pem"), client);
            }
        });
    }

    [Test]
    public void Ssl_alone_carries_no_sasl_settings()
    {
        using var connection = Connect(new KafkaOptions { BootstrapServers = Remote, SecurityProtocol = SecurityProtocol.Ssl });

        var config = connection.ProducerConfig();

        Assert.Multiple(() =>
        {
            Assert.That(config.Get("security.protocol"), Is.EqualTo("ssl"));
            Assert.That(config.Get("sasl.mechanism"), Is.Null);
            Assert.That(config.Get("sasl.password"), Is.Null);
        });
    }

    [TestCase(SecurityProtocol.Plaintext)]
    [TestCase(SecurityProtocol.SaslPlaintext)]
    public void Outside_development_an_unencrypted_connection_to_remote_brokers_is_refused(SecurityProtocol protocol)
    {
        var options = Options(protocol);

        var error = Assert.Throws<InvalidOperationException>(() => Connect(options));

        Assert.That(error!.Message, Does.Contain("Kafka:AllowPlaintext").And.Contain("broker-1.example.invalid"));
    }

    [Test]
    public void Kafka_AllowPlaintext_or_development_lets_an_unencrypted_connection_through()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Connect(new KafkaOptions { BootstrapServers = Remote, AllowPlaintext = true }).Dispose(), Throws.Nothing);
            Assert.That(() => Connect(new KafkaOptions { BootstrapServers = Remote }, Environments.Development).Dispose(), Throws.Nothing);
        });
    }

    [TestCase("127.0.0.1:9092,localhost:9093,[::1]:9094")]
    [TestCase("PLAINTEXT://127.0.0.2:9092")]
    [TestCase("mock")]
    public void Brokers_on_this_machine_need_no_encryption(string bootstrapServers) =>
        Assert.That(() => Connect(new KafkaOptions { BootstrapServers = bootstrapServers }).Dispose(), Throws.Nothing);

    [TestCase(SecurityProtocol.SaslSsl, null, "ecommerce", "secret", "Kafka:SaslMechanism")]
    [TestCase(SecurityProtocol.SaslSsl, SaslMechanism.Gssapi, "ecommerce", "secret", "Kafka:SaslMechanism")]
    [TestCase(SecurityProtocol.SaslSsl, SaslMechanism.ScramSha256, "ecommerce", null, "Kafka:SaslPassword")]
    [TestCase(SecurityProtocol.Ssl, SaslMechanism.Plain, "ecommerce", "secret", "Kafka:Sasl* settings are given")]
    public void Contradictory_settings_are_refused_naming_the_key(
        SecurityProtocol protocol, SaslMechanism? mechanism, string? username, string? password, string key)
    {
        var options = new KafkaOptions
        {
            BootstrapServers = Remote, SecurityProtocol = protocol, SaslMechanism = mechanism, SaslUsername = username, SaslPassword = password,
        };

        var error = Assert.Throws<InvalidOperationException>(() => Connect(options));

        Assert.That(error!.Message, Does.Contain(key));
    }

    [Test]
    public void A_ca_file_without_tls_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Connect(new KafkaOptions { BootstrapServers = "127.0.0.1:9092", SslCaLocation = "/ca.pem" }));

        Assert.That(error!.Message, Does.Contain("Kafka:SslCaLocation"));
    }

    private static KafkaOptions Options(SecurityProtocol protocol) => protocol == SecurityProtocol.SaslPlaintext
        ? new KafkaOptions { BootstrapServers = Remote, SecurityProtocol = protocol, SaslMechanism = SaslMechanism.Plain, SaslUsername = "u", SaslPassword = "p" }
        : new KafkaOptions { BootstrapServers = Remote, SecurityProtocol = protocol };

    private static KafkaConnection Connect(KafkaOptions options, string environment = "Production") =>
        new(options, new HostingEnvironment { EnvironmentName = environment }, NullLogger<KafkaConnection>.Instance);
}
