using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Ecommerce.Host.Setup;

/// <summary>
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed only from <c>ForwardedHeaders:KnownProxies</c>
/// (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges): anyone else could claim any address and
/// step around the per-client limits. A chain of trusted proxies is followed back to the first address that is not
/// one of them. With none configured the headers are ignored.
/// </summary>
internal static class TrustedProxiesSetup
{
    private const string Proxies = "ForwardedHeaders:KnownProxies";
    private const string Networks = "ForwardedHeaders:KnownNetworks";

    public static void AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Parse(configuration, Proxies, (string text, out IPAddress address) => IPAddress.TryParse(text, out address!));
        var networks = Parse(configuration, Networks, (string text, out System.Net.IPNetwork network) => System.Net.IPNetwork.TryParse(text, out network));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // ASP.NET Core trusts loopback by default, and everyone when both lists are empty: only what is configured here counts.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
            options.ForwardLimit = null;
            options.ForwardedHeaders = proxies.Count + networks.Count > 0
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                : ForwardedHeaders.None;
        });
    }

    public static void UseTrustedProxies(this WebApplication app) => app.UseForwardedHeaders();

    private delegate bool TryParse<T>(string text, out T value);

    private static List<T> Parse<T>(IConfiguration configuration, string key, TryParse<T> tryParse) =>
        Entries(configuration.GetSection(key))
            .Where(text => !string.IsNullOrWhiteSpace(text))
            .Select(text => tryParse(text.Trim(), out var value)
                ? value
                : throw new InvalidOperationException($"{key} has '{text}', which is not an IP {(string.Equals(key, Proxies, StringComparison.Ordinal) ? "address" : "network (CIDR, e.g. 10.0.0.0/8)")}."))
            .ToList();

    // A list (ForwardedHeaders__KnownProxies__0=...) or one comma-separated value (ForwardedHeaders__KnownProxies=a,b).
    private static string[] Entries(IConfigurationSection section) =>
        section.GetChildren().Any() ? section.Get<string[]>() ?? [] : section.Value?.Split(',') ?? [];
}
