using System.Net;
using Chorus.Core.Inputs;

namespace Chorus.Nodes;

/// <summary>What one <c>chorus node</c> process is: its store, its cluster's Redis, its name and ports, and when it stops.</summary>
public sealed record NodeSettings(string DbPath, string RedisEndpoint, string Name, int SiloPort, int GatewayPort)
{
    /// <summary>Raw documents per chunk: one <c>chorus ingest</c> batch, so both cluster the same batches.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>How long the intake must be still before a short last chunk is cut.</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Stop once every enqueued document is committed (benchmarks and tests); else run until stopped.</summary>
    public bool ExitWhenDone { get; init; }

    /// <summary>The address the silo listens on and gives the other nodes: loopback for one machine, the host's own for several.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>How this node fetches the pages <c>chorus enqueue</c> left to the nodes (address policy, proxy).</summary>
    public InputOptions Fetching { get; init; } = new();

    /// <summary>Poll the store's due feeds into the intake (each node takes the feeds no other node has leased).</summary>
    public bool PollFeeds { get; init; }

    /// <summary>Threads that clean and prepare a chunk.</summary>
    public int PrepareThreads { get; init; } = Environment.ProcessorCount;
}
