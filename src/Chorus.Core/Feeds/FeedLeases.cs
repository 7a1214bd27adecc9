using System.Diagnostics;
using Chorus.Core.Storage;

namespace Chorus.Core.Feeds;

/// <summary>
/// Names of pollers on feed leases: the machine and process id, so a poller that finds a lease held by a process of
/// its own machine that no longer runs (killed mid-poll) frees it at once instead of waiting for it to expire.
/// </summary>
internal static class FeedLeases
{
    public static string NewHolder() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public static int ReleaseDead(IStoryStore store)
    {
        var released = 0;
        foreach (var holder in store.FeedLeaseHolders())
        {
            var parts = holder.Split('/');
            if (parts.Length == 3 && parts[0] == Environment.MachineName && int.TryParse(parts[1], out var pid) && !Running(pid))
            {
                released += store.ReleaseFeedLeases(holder);
            }
        }

        return released;
    }

    private static bool Running(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
