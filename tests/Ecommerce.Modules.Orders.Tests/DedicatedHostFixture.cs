using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>
/// Base of the fixtures that need a host of their own (short timeouts, test doubles): one per transport, started
/// before the fixture's tests and disposed after; on Kafka with a mock cluster of its own, so that no other host's
/// consumers take its events.
/// </summary>
public abstract class DedicatedHostFixture(Transport transport)
{
    private MockKafkaCluster? _cluster;

    protected EcommerceApp App { get; private set; } = null!;

    protected TestUser Admin { get; private set; } = null!;

    protected Transport Transport => transport;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var settings = new Dictionary<string, string?>(Settings);
        if (transport == Transport.Kafka)
        {
            _cluster = new MockKafkaCluster();
            foreach (var (key, value) in EcommerceApp.KafkaSettings(_cluster.BootstrapServers))
            {
                settings[key] = value;
            }
        }

        App = new EcommerceApp(settings, ConfigureServices);
        Admin = await App.AdminAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await App.DisposeAsync();
        _cluster?.Dispose();
    }

    /// <summary>The host's settings on top of the test defaults.</summary>
    protected abstract IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Test doubles and fault plans for the host.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }
}
