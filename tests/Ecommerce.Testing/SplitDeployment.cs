using System.Net;
using System.Net.Sockets;
using Ecommerce.BuildingBlocks.Kafka;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Testing;

/// <summary>
/// The system split over two hosts on real sockets (Kestrel on 127.0.0.1) and one mock Kafka cluster of their own, each host
/// with its own databases: <see cref="Apart"/> runs the modules named, <see cref="FrontDoor"/> every other one, and each
/// knows the other by <c>Modules:Remote:*</c>. Tests talk to the front door; it forwards and asks the other host.
/// </summary>
public sealed class SplitDeployment : IAsyncDisposable
{
    private readonly MockKafkaCluster _kafka;

    private SplitDeployment(MockKafkaCluster kafka, EcommerceApp frontDoor, Uri frontDoorUrl, EcommerceApp apart, Uri apartUrl)
    {
        _kafka = kafka;
        FrontDoor = frontDoor;
        FrontDoorUrl = frontDoorUrl;
        Apart = apart;
        ApartUrl = apartUrl;
    }

    public static IReadOnlyList<string> AllModules { get; } = ["Users", "Catalog", "Carts", "Orders"];

    public EcommerceApp FrontDoor { get; }

    public EcommerceApp Apart { get; }

    public Uri FrontDoorUrl { get; }

    public Uri ApartUrl { get; }

    /// <summary>The brokers of the deployment's own mock cluster.</summary>
    public string KafkaBootstrapServers => _kafka.BootstrapServers;

    /// <param name="apart">Modules of the second host, as <c>Modules:Enabled</c> names them.</param>
    /// <param name="settings">More settings for both hosts.</param>
    /// <param name="configureApart">Test doubles for the second host's services.</param>
    /// <param name="configureFrontDoor">Test doubles for the front door's services.</param>
    public static SplitDeployment Start(
        IReadOnlyList<string> apart,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureApart = null,
        Action<IServiceCollection>? configureFrontDoor = null)
    {
        var kafka = new MockKafkaCluster(brokers: 1);
        var ports = FreePorts(2);
        var (frontDoorPort, apartPort) = (ports[0], ports[1]);
        var frontDoor = Host(kafka, AllModules.Except(apart, StringComparer.Ordinal).ToList(), frontDoorPort, apart, apartPort, settings, configureFrontDoor);
        var other = Host(kafka, apart, apartPort, AllModules.Except(apart, StringComparer.Ordinal).ToList(), frontDoorPort, settings, configureApart);
        frontDoor.Peer = other;
        other.Peer = frontDoor;
        frontDoor.StartServer();
        other.StartServer();
        return new SplitDeployment(kafka, frontDoor, new Uri(UrlOf(frontDoorPort)), other, new Uri(UrlOf(apartPort)));
    }

    /// <summary>
    /// An address where nothing listens: port 9 on 127.0.0.1 is below 1024, so no test host can take it, and connecting
    /// to it is refused at once.
    /// </summary>
    public static string Nobody => "http://127.0.0.1:9";

    /// <summary>Distinct TCP ports free on 127.0.0.1 now (the hosts need each other's address before either starts).</summary>
    public static IReadOnlyList<int> FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(listener => listener.Start());
        var ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToList();
        listeners.ForEach(listener => listener.Stop());
        return ports;
    }

    public static string UrlOf(int port) => $"http://127.0.0.1:{port}";

    private static EcommerceApp Host(
        MockKafkaCluster kafka,
        IReadOnlyList<string> enabled,
        int port,
        IReadOnlyList<string> remote,
        int remotePort,
        IDictionary<string, string?>? settings,
        Action<IServiceCollection>? configureServices)
    {
        var hostSettings = EcommerceApp.KafkaSettings(kafka.BootstrapServers);
        hostSettings["Modules:Enabled"] = string.Join(',', enabled);
        foreach (var module in remote)
        {
            hostSettings[$"Modules:Remote:{module}"] = UrlOf(remotePort);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>(StringComparer.Ordinal))
        {
            hostSettings[key] = value;
        }

        // The address as a setting, not UseKestrel(port): that sets it on the built host, which races the entry point's start.
        hostSettings["Urls"] = UrlOf(port);
        var app = new EcommerceApp(hostSettings, configureServices);
        app.UseKestrel();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        await FrontDoor.DisposeAsync();
        await Apart.DisposeAsync();
        _kafka.Dispose();
    }
}
