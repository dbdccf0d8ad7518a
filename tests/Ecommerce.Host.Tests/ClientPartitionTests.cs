using System.Net;
using Ecommerce.Host.Setup;

namespace Ecommerce.Host.Tests;

/// <summary>Who counts as one client for the rate limits.</summary>
public sealed class ClientPartitionTests
{
    [TestCase("203.0.113.7", "203.0.113.7")]
    [TestCase("::ffff:203.0.113.7", "203.0.113.7", TestName = "an IPv4-mapped IPv6 address is its IPv4 address")]
    [TestCase("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [TestCase("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64", TestName = "the last address of a /64 is that /64")]
    [TestCase("2001:db8:1:3::1", "2001:db8:1:3::/64", TestName = "the next /64 is another client")]
    [TestCase("fe80::1%2", "fe80::/64", TestName = "a scope id is no part of the client")]
    [TestCase("::1", "::/64")]
    public void An_address_belongs_to_its_client(string address, string client) =>
        Assert.That(ClientPartition.Of(IPAddress.Parse(address)), Is.EqualTo(client));

    [Test]
    public void Every_address_of_one_ipv6_64_is_one_client_and_no_address_outside_it_is()
    {
        var inside = Enumerable.Range(0, 200).Select(_ => RandomIn("2001:db8:aa:bb::/64")).Select(ClientPartition.Of).Distinct();
        var outside = Enumerable.Range(0, 200).Select(_ => RandomIn("2001:db8:aa:bc::/64")).Select(ClientPartition.Of).Distinct();

        Assert.Multiple(() =>
        {
            Assert.That(inside, Is.EqualTo(new[] { "2001:db8:aa:bb::/64" }));
            Assert.That(outside, Is.EqualTo(new[] { "2001:db8:aa:bc::/64" }));
        });
    }

    [Test]
    public void No_address_at_all_is_one_client() => Assert.That(ClientPartition.Of(null), Is.EqualTo("unknown"));

    private static IPAddress RandomIn(string network)
    {
        var bytes = System.Net.IPNetwork.Parse(network).BaseAddress.GetAddressBytes();
        Random.Shared.NextBytes(bytes.AsSpan(8));
        return new IPAddress(bytes);
    }
}
