using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Testing;

/// <summary>
/// The real host, in memory, on throw-away databases. One instance is shared by all fixtures of a
/// test assembly; each test works with its own users and products, so fixtures can run in parallel.
/// </summary>
public class EcommerceApp : WebApplicationFactory<Program>
{
    public const string SigningKey = "test-signing-key-that-is-long-enough-for-hs256";
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Admin-Password-1";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly bool _ownsDatabase;

    /// <param name="settings">Configuration on top of the test defaults.</param>
    /// <param name="configureServices">Test doubles to register after the application's own services.</param>
    /// <param name="database">Data left by an earlier host to start on (kept on dispose); a fresh one otherwise.</param>
    public EcommerceApp(
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        TestDatabase? database = null)
    {
        _configureServices = configureServices;
        _ownsDatabase = database is null;
        Database = database ?? TestDatabase.Create();
        _settings = new Dictionary<string, string?>(Database.Settings(), StringComparer.Ordinal)
        {
            ["Jwt:SigningKey"] = SigningKey,
            ["Admin:Email"] = AdminEmail,
            ["Admin:Username"] = "admin",
            ["Admin:Password"] = AdminPassword,
            ["RateLimiting:AuthPerMinute"] = "1000000",
            ["RateLimiting:AnonymousPerMinute"] = "1000000",
            ["RateLimiting:LoginPerAccountPerMinute"] = "1000000",
            // Password hashing is deliberately slow; tests create hundreds of accounts.
            ["Security:PasswordIterations"] = "1000",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // One quick delayed redelivery instead of minutes of them: a failing consumer is parked within a second.
            ["Messaging:Redeliveries"] = "00:00:00.100",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>(StringComparer.Ordinal))
        {
            _settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    /// <summary>In a split deployment, the other host: <see cref="HostOf"/> finds a module's data there.</summary>
    public EcommerceApp? Peer { get; set; }

    /// <summary>Whether this host runs <paramref name="module"/> (lower-case name), by its <c>Modules:Enabled</c> setting.</summary>
    public bool Runs(string module) =>
        !_settings.TryGetValue("Modules:Enabled", out var enabled) || enabled is null
        || enabled.Split(',', StringSplitOptions.TrimEntries).Contains(module, StringComparer.OrdinalIgnoreCase);

    /// <summary>The host that runs <paramref name="module"/>: this one, or its <see cref="Peer"/> in a split deployment.</summary>
    public EcommerceApp HostOf(string module) =>
        Runs(module) ? this : Peer is { } peer && peer.Runs(module) ? peer : throw new InvalidOperationException($"No host of this test runs {module}.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => _configureServices?.Invoke(services));
    }

    /// <summary>Settings that make a host carry its events on Kafka at <paramref name="bootstrapServers"/>.</summary>
    public static IDictionary<string, string?> KafkaSettings(string bootstrapServers) => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Messaging:Transport"] = "Kafka",
        ["Kafka:BootstrapServers"] = bootstrapServers,
        ["Kafka:AdminTimeout"] = "00:00:01",
        ["Kafka:MessageTimeout"] = "00:00:05",
        // The mock cluster lets a closed member's partitions go only when its session expires.
        ["Kafka:SessionTimeout"] = "00:00:06",
        // The mock cluster answers a waiting fetch only when the wait is over: every hop would take librdkafka's 500 ms.
        ["Kafka:FetchWaitMax"] = "00:00:00.020",
    };

    /// <summary>A client with no credentials.</summary>
    public HttpClient Anonymous() => CreateClient();

    /// <summary>A client carrying <paramref name="token"/> as its bearer token.</summary>
    public HttpClient WithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DropAsync();
        }

        GC.SuppressFinalize(this);
    }
}
