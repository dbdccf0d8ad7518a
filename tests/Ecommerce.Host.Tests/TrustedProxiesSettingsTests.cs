using System.Net;
using Ecommerce.Host.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ecommerce.Host.Tests;

/// <summary>How <c>ForwardedHeaders:KnownProxies</c> and <c>KnownNetworks</c> become the forwarded-headers options.</summary>
public sealed class TrustedProxiesSettingsTests
{
    [Test]
    public void With_nothing_configured_no_forwarded_header_is_believed_not_even_from_loopback()
    {
        var options = OptionsFrom([]);

        Assert.Multiple(() =>
        {
            Assert.That(options.ForwardedHeaders, Is.EqualTo(ForwardedHeaders.None));
            Assert.That(options.KnownProxies, Is.Empty);
            Assert.That(options.KnownIPNetworks, Is.Empty);
        });
    }

    [Test]
    public void Proxies_and_networks_are_read_from_lists_or_comma_separated_values()
    {
        var options = OptionsFrom(new()
        {
            ["ForwardedHeaders:KnownProxies"] = "203.0.113.10, 2001:db8::10",
            ["ForwardedHeaders:KnownNetworks:0"] = "198.51.100.0/24",
            ["ForwardedHeaders:KnownNetworks:1"] = "2001:db8:ffff::/48",
        });

        Assert.Multiple(() =>
        {
            Assert.That(options.ForwardedHeaders, Is.EqualTo(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto));
            Assert.That(options.KnownProxies, Is.EqualTo(new[] { IPAddress.Parse("203.0.113.10"), IPAddress.Parse("2001:db8::10") }));
            Assert.That(options.KnownIPNetworks.Select(network => network.ToString()), Is.EqualTo(new[] { "198.51.100.0/24", "2001:db8:ffff::/48" }));
            Assert.That(options.ForwardLimit, Is.Null, "a chain of trusted proxies is followed to its end");
        });
    }

    [TestCase("ForwardedHeaders:KnownProxies", "proxy.example")]
    [TestCase("ForwardedHeaders:KnownNetworks", "10.0.0.0/33")]
    public void An_entry_that_is_not_an_address_or_a_network_stops_the_host_naming_the_key(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => OptionsFrom(new() { [key] = value }));

        Assert.That(error!.Message, Does.Contain(key).And.Contain(value));
    }

    private static ForwardedHeadersOptions OptionsFrom(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddTrustedProxies(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider().GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
    }
}
