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
}
