using System.Net;
using System.Net.Sockets;

namespace Ecommerce.Host.Setup;

/// <summary>Who a client is, for the rate limits: its IPv4 address, or its IPv6 /64.</summary>
internal static class ClientPartition
{
    private const int Ipv6NetworkBytes = 8;

    /// <summary>
    /// An IPv6 customer is usually given a whole /64 and may send from any address of it, so one client is one /64;
    /// an IPv4-mapped IPv6 address is its IPv4 address. No address at all (a Unix socket) is one client too.
    /// </summary>
    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        bytes.AsSpan(Ipv6NetworkBytes).Clear();
        return $"{new IPAddress(bytes)}/64";
    }
}
