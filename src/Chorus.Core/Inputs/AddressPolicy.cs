using System.Net;
using System.Net.Sockets;

namespace Chorus.Core.Inputs;

/// <summary>
/// Which network addresses a fetch may connect to. Loopback, private, shared (CGNAT), link-local (which holds the
/// cloud metadata service, 169.254.169.254), unspecified and multicast addresses are refused unless allowed, so a
/// URL in a feed cannot make Chorus reach into the machine's own network.
/// </summary>
internal static class AddressPolicy
{
    /// <summary>Why an address is refused, or null when it is a public address.</summary>
    public static string? RefusalReason(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        else if (EmbeddedIPv4(address) is { } embedded && RefusalReason(embedded) is { } inner)
        {
            return $"{inner} (embedded in the IPv6 address)";
        }

        if (IPAddress.IsLoopback(address))
        {
            return "loopback";
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 => "unspecified",
                10 => "private",
                100 when b[1] is >= 64 and <= 127 => "shared (carrier-grade NAT)",
                169 when b[1] == 254 => b[2] == 169 && b[3] == 254 ? "cloud metadata" : "link-local",
                172 when b[1] is >= 16 and <= 31 => "private",
                192 when b[1] == 168 => "private",
                >= 224 => "multicast or reserved",
                _ => null,
            };
        }

        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
        {
            return "unspecified";
        }

        var bytes = address.GetAddressBytes();
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
        {
            return "link-local";
        }

        if ((bytes[0] & 0xFE) == 0xFC)
        {
            return "private (unique local)";
        }

        return address.IsIPv6Multicast ? "multicast" : null;
    }

    /// <summary>
    /// The IPv4 address an IPv6 one carries where a network may route it to that IPv4 address: IPv4-compatible
    /// <c>::a.b.c.d</c> (deprecated, still parsed), NAT64 <c>64:ff9b::/96</c>, and 6to4 <c>2002:AABB:CCDD::/16</c>.
    /// </summary>
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6 || address.Equals(IPAddress.IPv6Loopback))
        {
            return null;
        }

        var b = address.GetAddressBytes();
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && b.AsSpan(12).IndexOfAnyExcept((byte)0) >= 0)
        {
            return new IPAddress(b.AsSpan(12, 4));
        }

        if (b.AsSpan(0, 12).SequenceEqual((ReadOnlySpan<byte>)[0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0]))
        {
            return new IPAddress(b.AsSpan(12, 4));
        }

        return b[0] == 0x20 && b[1] == 0x02 ? new IPAddress(b.AsSpan(2, 4)) : null;
    }
}
