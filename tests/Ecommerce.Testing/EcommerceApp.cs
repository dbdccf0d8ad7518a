using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
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

    public EcommerceApp(IDictionary<string, string?>? settings = null)
    {
        Database = TestDatabase.Create();
        _settings = new Dictionary<string, string?>(Database.Settings())
        {
            ["Jwt:SigningKey"] = SigningKey,
            ["Admin:Email"] = AdminEmail,
            ["Admin:Username"] = "admin",
            ["Admin:Password"] = AdminPassword,
            ["RateLimiting:AuthPerMinute"] = "1000000",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Password hashing is deliberately slow; tests create hundreds of accounts.
        builder.ConfigureTestServices(services =>
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000));
    }

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
        await Database.DropAsync();
        GC.SuppressFinalize(this);
    }
}
