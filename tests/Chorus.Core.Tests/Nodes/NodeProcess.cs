using System.Collections.Concurrent;
using System.Diagnostics;
using Chorus.Core.Tests.Support;

namespace Chorus.Core.Tests.Nodes;

/// <summary>A running <c>chorus node</c> (the built CLI, as a user starts it), with its log lines kept.</summary>
public sealed class NodeProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<(DateTime At, string Line)> lines = new();

    public NodeProcess(string name, string db, string cluster, int batchSize, params string[] extra)
    {
        Name = name;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        string[] args = [Path.Combine(AppContext.BaseDirectory, "chorus.dll"), "node", "--db", db, "--cluster", cluster, "--name", name,
            "--silo-port", RedisServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--batch-size", batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture), .. extra];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public IReadOnlyList<string> Lines => [.. lines.Select(l => l.Line)];

    /// <summary>When this test last read a line of the node's log that matches, or null.</summary>
    public DateTime? LastSeen(Func<string, bool> match) => lines.Where(l => match(l.Line)).Select(l => (DateTime?)l.At).LastOrDefault();

    public bool HasExited => process.HasExited;

    /// <summary>SIGKILL: no shutdown, no lease released by the process itself, no goodbye to the cluster.</summary>
    public void KillHard()
    {
        process.Kill();
        process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            KillHard();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue((DateTime.UtcNow, line));
        }
    }
}
