using System.Net;
using Confluent.Kafka;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>
/// TLS and SASL for every client of the host (<c>Kafka:SecurityProtocol</c>, <c>Kafka:Sasl*</c>, <c>Kafka:SslCaLocation</c>),
/// and the settings checked before any client connects: a contradiction, or plaintext to brokers off this machine
/// outside Development without <c>Kafka:AllowPlaintext=true</c>, stops the host with a message naming the key.
/// </summary>
internal static class KafkaSecurity
{
    private static readonly SaslMechanism[] Mechanisms = [SaslMechanism.Plain, SaslMechanism.ScramSha256, SaslMechanism.ScramSha512];

    public static T Apply<T>(this T config, KafkaOptions options)
        where T : ClientConfig
    {
        config.SecurityProtocol = options.SecurityProtocol;
        if (IsSasl(options.SecurityProtocol))
        {
            config.SaslMechanism = options.SaslMechanism;
            config.SaslUsername = options.SaslUsername;
            config.SaslPassword = options.SaslPassword;
        }

        if (IsTls(options.SecurityProtocol) && !string.IsNullOrWhiteSpace(options.SslCaLocation))
        {
            config.SslCaLocation = options.SslCaLocation;
        }

        return config;
    }

    public static void Check(KafkaOptions options, bool isDevelopment)
    {
        var protocol = options.SecurityProtocol;
        if (IsSasl(protocol))
        {
            Require(options.SaslMechanism is { } mechanism && Mechanisms.Contains(mechanism),
                $"Kafka:SecurityProtocol is {protocol}: set Kafka:SaslMechanism to Plain, ScramSha256 or ScramSha512.");
            Require(!string.IsNullOrEmpty(options.SaslUsername) && !string.IsNullOrEmpty(options.SaslPassword),
                $"Kafka:SecurityProtocol is {protocol}: set Kafka:SaslUsername and Kafka:SaslPassword.");
        }
        else
        {
            Require(options.SaslMechanism is null && string.IsNullOrEmpty(options.SaslUsername) && string.IsNullOrEmpty(options.SaslPassword),
                $"Kafka:Sasl* settings are given but Kafka:SecurityProtocol is {protocol}: use SaslSsl (or SaslPlaintext) to send them.");
        }

        Require(IsTls(protocol) || string.IsNullOrWhiteSpace(options.SslCaLocation),
            $"Kafka:SslCaLocation is given but Kafka:SecurityProtocol is {protocol}: use Ssl or SaslSsl.");

        var remote = Brokers(options.BootstrapServers).Where(host => !IsLoopback(host)).ToList();
        Require(IsTls(protocol) || isDevelopment || options.AllowPlaintext || remote.Count == 0,
            $"Kafka:SecurityProtocol is {protocol}: events would travel unencrypted to {string.Join(", ", remote)}. " +
            "Use Ssl or SaslSsl, or set Kafka:AllowPlaintext=true if that network is private.");
    }

    private static bool IsSasl(SecurityProtocol protocol) => protocol is SecurityProtocol.SaslPlaintext or SecurityProtocol.SaslSsl;

    private static bool IsTls(SecurityProtocol protocol) => protocol is SecurityProtocol.Ssl or SecurityProtocol.SaslSsl;

    /// <summary>The hosts of <c>host:port,[v6]:port,SASL_SSL://host:port</c>.</summary>
    private static IEnumerable<string> Brokers(string bootstrapServers) =>
        bootstrapServers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(broker => broker.Contains("://", StringComparison.Ordinal) ? broker[(broker.IndexOf("://", StringComparison.Ordinal) + 3)..] : broker)
            .Select(broker => broker.StartsWith('[') ? broker[1..broker.IndexOf(']', StringComparison.Ordinal)] : broker.Split(':')[0]);

    // The mock cluster listens on 127.0.0.1, in this process.
    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(host, KafkaOptions.MockCluster, StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    private static void Require(bool holds, string message)
    {
        if (!holds)
        {
            throw new InvalidOperationException(message);
        }
    }
}
