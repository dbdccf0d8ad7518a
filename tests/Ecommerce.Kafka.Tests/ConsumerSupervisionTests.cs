using System.Diagnostics.Metrics;
using System.Net;
using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Ecommerce.Kafka.Tests;

/// <summary>A module's Kafka consumer loop that dies is started again, and readiness says so while it is down.</summary>
public sealed class ConsumerSupervisionTests
{
    [Test]
    public async Task A_killed_consumer_loop_is_restarted_and_readiness_is_unhealthy_meanwhile()
    {
        using var cluster = new MockKafkaCluster();
        var loops = new KillableLoops("catalog");
        await using var app = new EcommerceApp(
            OutboxOnKafka.Settings(cluster.BootstrapServers),
            services => services.AddSingleton<IConsumerLoops>(provider => loops.Around(ActivatorUtilities.CreateInstance<ModuleConsumerLoops>(provider))));
        try
        {
            var admin = await app.AdminAsync();
            var customer = await app.NewCustomerAsync();
            var productId = await admin.NewProductAsync(stock: 5);
            Assert.That(await customer.DecidedStatusOfAsync(await customer.OrderAsync(productId)), Is.EqualTo("Confirmed"));
            using var client = app.Anonymous();
            await Eventually.Until(() => ConsumersCheckAsync(client), check => check == "Healthy", "every consumer to run");

            loops.Kill();
            await loops.Restarting.WaitAsync(Eventually.DefaultTimeout);
            var down = await client.GetAsync("/health/ready");
            var whileDown = await customer.OrderAsync(productId);

            Assert.Multiple(async () =>
            {
                Assert.That(down.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(await ConsumersCheckAsync(client), Is.EqualTo("Unhealthy"));
            });

            loops.AllowRestart();

            Assert.That(await customer.DecidedStatusOfAsync(whileDown, TimeSpan.FromSeconds(60)), Is.EqualTo("Confirmed"), "the restarted loop consumes");
            Assert.That(await Eventually.Until(() => ConsumersCheckAsync(client), check => check == "Healthy", "the consumer to run again"), Is.EqualTo("Healthy"));
            Assert.That(loops.Created, Is.EqualTo(2));
        }
        finally
        {
            loops.AllowRestart();
        }
    }

    [Test]
    public async Task Readiness_is_degraded_while_a_consumer_lags_more_than_the_warning()
    {
        using var cluster = new MockKafkaCluster();
        var settings = OutboxOnKafka.Settings(cluster.BootstrapServers);
        settings["Kafka:LagWarning"] = "0";
        settings["Messaging:MaxDeliveryAttempts"] = "1";
        settings["Messaging:Redeliveries"] = "00:10:00";
        var faults = new ConsumerFaults();
        await using var app = new EcommerceApp(settings, services => services.InjectConsumerFaults(faults));
        var admin = await app.AdminAsync();
        var customer = await app.NewCustomerAsync();
        var productId = await admin.NewProductAsync(stock: 5);
        using var client = app.Anonymous();
        await Eventually.Until(() => ConsumersCheckAsync(client), check => check == "Healthy", "every consumer to run");
        using var lag = new MetricCollector<long>(app.Services.GetRequiredService<IMeterFactory>(), "Ecommerce.Messaging", "ecommerce.kafka.consumer_lag");
        var thrown = faults.Throw(delivery => Deliveries.IsReservationOf(delivery, customer));

        await customer.OrderAsync(productId);

        // The record waits ten minutes for its redelivery with its partition paused: the catalog is one record behind.
        var check = await Eventually.Until(() => ConsumersCheckAsync(client), check => check == "Degraded", "readiness to report the lag");
        var ready = await client.GetAsync("/health/ready");
        lag.RecordObservableInstruments();
        var lagOfCatalog = lag.GetMeasurementSnapshot().Last(measurement => (string?)measurement.Tags["group"] == "ecommerce.catalog").Value;
        Assert.Multiple(() =>
        {
            Assert.That(check, Is.EqualTo("Degraded"));
            Assert.That(lagOfCatalog, Is.GreaterThanOrEqualTo(1), "the lag gauge of the catalog's group");
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), "degraded still takes traffic");
            Assert.That(thrown(), Is.EqualTo(1), "no redelivery yet");
        });
    }

    private static async Task<string?> ConsumersCheckAsync(HttpClient client)
    {
        var body = await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync();
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("checks").TryGetProperty("kafka-consumers", out var check) ? check.GetString() : null;
    }

    /// <summary>Wraps the real loops: the first loop of one module can be killed, and its restart waits until allowed.</summary>
    private sealed class KillableLoops(string module) : IConsumerLoops
    {
        private readonly TaskCompletionSource _kill = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _restarting = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _restart = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private IConsumerLoops _inner = null!;
        private int _created;

        public Task Restarting => _restarting.Task;

        public int Created => Volatile.Read(ref _created);

        public IConsumerLoops Around(IConsumerLoops inner)
        {
            _inner = inner;
            return this;
        }

        public void Kill() => _kill.TrySetResult();

        public void AllowRestart() => _restart.TrySetResult();

        public IConsumerLoop Create(string name, IReadOnlyList<string> topics)
        {
            if (name != module)
            {
                return _inner.Create(name, topics);
            }

            if (Interlocked.Increment(ref _created) > 1)
            {
                _restarting.TrySetResult();
                _restart.Task.Wait(); // the supervisor's thread, between two lives of the loop
            }

            var loop = _inner.Create(name, topics);
            return Created == 1 ? new KillableLoop(loop, _kill.Task) : loop;
        }
    }

    private sealed class KillableLoop(IConsumerLoop inner, Task kill) : IConsumerLoop
    {
        public void Run(CancellationToken stopping)
        {
            using var killed = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            _ = kill.ContinueWith(_ => killed.Cancel(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            inner.Run(killed.Token);
            if (!stopping.IsCancellationRequested)
            {
                throw new InvalidOperationException("The test killed the consumer loop.");
            }
        }
    }
}
