using System.Collections.Concurrent;

namespace Ecommerce.Testing;

/// <summary>One shared host per transport for a test assembly, started on first use and disposed with the pool.</summary>
public sealed class HostPool : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Transport, Lazy<Task<EcommerceApp>>> _apps = new();

    public Task<EcommerceApp> GetAsync(Transport transport) =>
        _apps.GetOrAdd(transport, key => new Lazy<Task<EcommerceApp>>(() => StartAsync(key))).Value;

    private static Task<EcommerceApp> StartAsync(Transport transport)
    {
        if (transport != Transport.InProcess)
        {
            throw new NotSupportedException($"No test host for the {transport} transport yet.");
        }

        var app = new EcommerceApp();
        app.StartServer();
        return Task.FromResult(app);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(app => app.IsValueCreated))
        {
            await (await app.Value).DisposeAsync();
        }
    }
}
