using System.Collections.Concurrent;
using Ecommerce.BuildingBlocks.Kafka;

namespace Ecommerce.Testing;

/// <summary>One shared host per transport for a test assembly, started on first use and disposed with the pool.</summary>
public sealed class HostPool : IAsyncDisposable
{
    /// <summary>The pool of this test process, i.e. of this test assembly; its SetUpFixture disposes it at the end.</summary>
    public static HostPool Shared { get; } = new();

    private readonly ConcurrentDictionary<Transport, Lazy<Task<EcommerceApp>>> _apps = new();

    /// <summary>The brokers of the pool's mock Kafka cluster, for plain Kafka clients in tests.</summary>
    public string KafkaBootstrapServers => _kafka.Value.BootstrapServers;

    public Task<EcommerceApp> GetAsync(Transport transport) =>
        _apps.GetOrAdd(transport, key => new Lazy<Task<EcommerceApp>>(() => StartAsync(key))).Value;

    private readonly Lazy<MockKafkaCluster> _kafka = new(() => new MockKafkaCluster(brokers: 3));

    private readonly ConcurrentBag<SplitDeployment> _splits = [];

    private Task<EcommerceApp> StartAsync(Transport transport)
    {
        if (transport is Transport.SplitCatalogApart or Transport.SplitOrdersApart)
        {
            // A cluster of its own: the split hosts' consumer groups must not meet the shared Kafka host's.
            var split = SplitDeployment.Start(transport == Transport.SplitCatalogApart ? ["Catalog"] : ["Orders"]);
            _splits.Add(split);
            return Task.FromResult(split.FrontDoor);
        }

        var app = transport == Transport.Kafka
            ? new EcommerceApp(EcommerceApp.KafkaSettings(_kafka.Value.BootstrapServers))
            : new EcommerceApp();
        app.StartServer();
        return Task.FromResult(app);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var split in _splits)
        {
            await split.DisposeAsync();
        }

        foreach (var (_, app) in _apps.Where(pair => pair.Value.IsValueCreated && pair.Key is Transport.InProcess or Transport.Kafka))
        {
            await (await app.Value).DisposeAsync();
        }

        if (_kafka.IsValueCreated)
        {
            _kafka.Value.Dispose();
        }
    }
}
