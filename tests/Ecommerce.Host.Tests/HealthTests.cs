using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Host.Tests;

public sealed class HealthTests
{
    [Test]
    public async Task Liveness_answers_without_checking_anything()
    {
        using var client = TestHost.App.Anonymous();
        var live = await (await client.GetAsync("/health/live")).ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(live.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(live.GetProperty("checks").EnumerateObject(), Is.Empty);
        });
    }

    [Test]
    public async Task Readiness_checks_every_module_database()
    {
        using var client = TestHost.App.Anonymous();
        var ready = await (await client.GetAsync("/health/ready")).ExpectAsync(HttpStatusCode.OK);
        var checks = ready.GetProperty("checks").EnumerateObject().ToDictionary(check => check.Name, check => check.Value.GetString(), StringComparer.Ordinal);
        Assert.That(checks, Is.EquivalentTo(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["users-database"] = "Healthy",
            ["catalog-database"] = "Healthy",
            ["carts-database"] = "Healthy",
            ["orders-database"] = "Healthy",
        }));
    }

    [Test]
    public async Task Readiness_reports_kafka_and_its_consumers_when_it_is_the_transport()
    {
        using var cluster = new Ecommerce.BuildingBlocks.Kafka.MockKafkaCluster();
        await using var app = new EcommerceApp(EcommerceApp.KafkaSettings(cluster.BootstrapServers));
        using var client = app.Anonymous();

        // The consumers start in the background: not ready until each module's consumer runs.
        var status = await Eventually.Until(() => client.GetAsync("/health/ready"), response => response.StatusCode == HttpStatusCode.OK, "readiness");
        var ready = await status.ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(ready.GetProperty("checks").GetProperty("kafka").GetString(), Is.EqualTo("Healthy"));
            Assert.That(ready.GetProperty("checks").GetProperty("kafka-consumers").GetString(), Is.EqualTo("Healthy"));
        });
    }

    [Test]
    public async Task Readiness_answers_at_once_while_the_broker_accepts_connections_and_never_answers()
    {
        using var broker = new SilentBroker();
        var settings = EcommerceApp.KafkaSettings(broker.Address);
        settings["Kafka:AdminTimeout"] = "00:00:05";
        await using var app = new EcommerceApp(settings);
        using var client = app.Anonymous();
        await Eventually.Until(() => Task.FromResult(broker.Connections), connections => connections > 0, "a client connected to the silent broker");
        (await client.GetAsync("/health/ready")).Dispose(); // warm-up: the first request of a host pays for its start, not the check

        var timings = new List<TimeSpan>();
        var answers = new List<HttpResponseMessage>();
        for (var probe = 0; probe < 5; probe++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            answers.Add(await client.GetAsync("/health/ready"));
            timings.Add(watch.Elapsed);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(timings, Has.All.LessThan(TimeSpan.FromSeconds(2)), "each probe, while a metadata request waits 5 s for the broker");
            foreach (var answer in answers)
            {
                Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("\"kafka\":\"Unhealthy\""));
            }
        });
    }

    [Test]
    public async Task Readiness_fails_while_kafka_is_unreachable()
    {
        var settings = EcommerceApp.KafkaSettings("127.0.0.1:1");
        await using var app = new EcommerceApp(settings);
        using var client = app.Anonymous();
        var response = await client.GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(body, Does.Contain("\"kafka\":\"Unhealthy\""));
        });
    }
}
