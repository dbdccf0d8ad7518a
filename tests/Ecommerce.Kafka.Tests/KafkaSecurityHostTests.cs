using System.Collections.Concurrent;
using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Ecommerce.Kafka.Tests;

/// <summary>The Kafka security settings as a host reads them from configuration, and what it logs.</summary>
public sealed class KafkaSecurityHostTests
{
    private const string Password = "pw-that-must-never-be-logged-7f3a";

    [Test]
    public async Task Outside_development_a_host_told_to_use_plaintext_to_a_remote_broker_refuses_to_start_and_says_which_key()
    {
        var app = new EcommerceApp(EcommerceApp.KafkaSettings("broker.example.invalid:9092"));
        try
        {
            var error = Assert.Catch(() => app.StartServer());

            Assert.That(Messages(error), Does.Contain("Kafka:AllowPlaintext=true"));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Test]
    public async Task A_host_connects_with_sasl_ssl_by_configuration_alone_and_never_logs_the_password()
    {
        var logs = new CapturedLogs();
        var settings = EcommerceApp.KafkaSettings("127.0.0.1:1");
        settings["Kafka:SecurityProtocol"] = "SaslSsl";
        settings["Kafka:SaslMechanism"] = "ScramSha256";
        settings["Kafka:SaslUsername"] = "ecommerce";
        settings["Kafka:SaslPassword"] = Password;
        settings["Serilog:MinimumLevel:Default"] = "Verbose";
        var app = new EcommerceApp(settings, services => services.AddSingleton<ILogEventSink>(logs));
        try
        {
            app.StartServer();
            var config = app.Services.GetRequiredService<KafkaConnection>().ConsumerConfig("orders");
            // Any line of a Kafka client about the broker shows the clients were built from the settings and tried to connect.
            await Eventually.Until(
                () => Task.FromResult(logs.Count(text => text.Contains("sasl_ssl://127.0.0.1:1", StringComparison.Ordinal))),
                count => count > 0, "a Kafka client's log line about the broker", TimeSpan.FromSeconds(60));

            Assert.Multiple(() =>
            {
                Assert.That(config.Get("security.protocol"), Is.EqualTo("sasl_ssl"));
                Assert.That(config.Get("sasl.mechanism"), Is.EqualTo("SCRAM-SHA-256"));
            });
        }
        finally
        {
            await app.DisposeAsync();
        }

        Assert.That(logs.Count(text => text.Contains(Password, StringComparison.Ordinal)), Is.Zero, "log events carrying the password");
    }

    private static string Messages(Exception? error) =>
        error is null ? "" : $"{error.Message} | {Messages(error.InnerException)}";

    private sealed class CapturedLogs : ILogEventSink
    {
        private readonly ConcurrentQueue<string> _events = new();

        public void Emit(LogEvent logEvent) =>
            _events.Enqueue($"{logEvent.RenderMessage()} {string.Join(" ", logEvent.Properties.Values)} {logEvent.Exception}");

        public int Count(Func<string, bool> matches) => _events.Count(matches);
    }
}
