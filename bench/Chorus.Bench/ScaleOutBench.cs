using System.Diagnostics;
using System.Globalization;

namespace Chorus.Bench;

/// <summary>
/// Issue 19's scale-out measurement, run by <c>bench/scale-out.sh</c> (which starts PostgreSQL and Redis): the same
/// synthetic stream ingested by one <c>chorus ingest</c> process on SQLite (the baseline, run before and after the
/// others so all see the same machine), by one on PostgreSQL, and by 1 and 2 <c>chorus node</c> processes sharing a
/// PostgreSQL store. Every run is a process of the built CLI; prints articles/s, peak memory per process, and the
/// rate against the SQLite baseline.
/// </summary>
internal static class ScaleOutBench
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(200);

    /// <param name="args">N (articles), --pg postgres://user@host:port (a server where databases may be created), --redis redis://host:port, [--nodes 1,2].</param>
    public static int Run(string[] args)
    {
        var size = int.Parse(args.FirstOrDefault(a => char.IsDigit(a[0])) ?? "20000", CultureInfo.InvariantCulture);
        var pg = Option(args, "--pg") ?? throw new ArgumentException("--pg postgres://user@host:port is required");
        var redis = Option(args, "--redis") ?? throw new ArgumentException("--redis redis://host:port is required");
        var nodeCounts = (Option(args, "--nodes") ?? "1,2").Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList();
        var cli = Path.Combine(BenchPaths.Root, "src", "Chorus.Cli", "bin", "Release", "net10.0", "chorus.dll");
        var folder = Directory.CreateTempSubdirectory("chorus-scale-out-").FullName;
        try
        {
            var inputs = WriteStream(folder, size);
            Console.WriteLine($"{size} synthetic articles, {Environment.ProcessorCount} cores; every run a separate process of {cli}");
            Console.WriteLine("run                          seconds  articles/s  peak MB per process      vs SQLite");
            var runs = new List<(string Name, double Seconds, IReadOnlyList<double> PeakMb)>();
            double Baseline() => runs.Where(r => r.Name.StartsWith("ingest, SQLite", StringComparison.Ordinal)).Average(r => r.Seconds);
            void Report((string Name, double Seconds, IReadOnlyList<double> PeakMb) run)
            {
                runs.Add(run);
                var peaks = string.Join(" / ", run.PeakMb.Select(p => p.ToString("F0", CultureInfo.InvariantCulture)));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{run.Name,-28} {run.Seconds,7:F1} {size / run.Seconds,11:F0}  {peaks,-22} {Baseline() / run.Seconds,6:F2}x"));
            }

            Report(Ingest("ingest, SQLite (1st)", cli, inputs, Path.Combine(folder, "one.db")));
            Report(Ingest("ingest, PostgreSQL", cli, inputs, Database(pg, "chorus_bench_ingest")));
            foreach (var count in nodeCounts)
            {
                Report(Nodes($"{count} node{(count == 1 ? "" : "s")}, PostgreSQL", cli, inputs, Database(pg, $"chorus_bench_nodes{count}"), redis, count));
            }

            Report(Ingest("ingest, SQLite (2nd)", cli, inputs, Path.Combine(folder, "two.db")));
            Console.WriteLine("vs SQLite: the mean wall time of the two SQLite ingests over this run's (above 1 is faster).");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The stream as one text file per article, named in stream order so every reader takes them in that order.</summary>
    private static string WriteStream(string folder, int size)
    {
        var inputs = Directory.CreateDirectory(Path.Combine(folder, "inputs")).FullName;
        var duc = Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl");
        var position = 0;
        foreach (var article in new SyntheticStream(duc, size).Articles())
        {
            File.WriteAllText(Path.Combine(inputs, $"{position++:D7}.txt"), article.Document.Content);
        }

        return inputs;
    }

    private static (string, double, IReadOnlyList<double>) Ingest(string name, string cli, string inputs, string db)
    {
        var clock = Stopwatch.StartNew();
        var peak = RunToEnd(Start(cli, "ingest", inputs, "--db", db));
        return (name, clock.Elapsed.TotalSeconds, [peak]);
    }

    /// <summary>Enqueues the stream, then starts the nodes and times them until every one has exited (--exit-when-done).</summary>
    private static (string, double, IReadOnlyList<double>) Nodes(string name, string cli, string inputs, string db, string redis, int count)
    {
        RunChecked("redis-cli", "-u", redis, "FLUSHALL");
        var enqueue = Stopwatch.StartNew();
        RunToEnd(Start(cli, "enqueue", inputs, "--db", db));
        var enqueued = enqueue.Elapsed.TotalSeconds;
        var clock = Stopwatch.StartNew();
        var nodes = Enumerable.Range(0, count).Select(i => Task.Run(() => RunToEnd(Start(cli,
            "node", "--db", db, "--cluster", redis, "--name", $"bench-{i}",
            "--silo-port", (22_000 + i).ToString(CultureInfo.InvariantCulture), "--exit-when-done")))).ToList();
        var peaks = nodes.Select(n => n.Result).ToList();
        return ($"{name} (+{enqueued:F0} s enqueue)", clock.Elapsed.TotalSeconds + enqueued, peaks);
    }

    /// <summary>A database of its own on the server <paramref name="server"/> names, dropped first if a run left it.</summary>
    private static string Database(string server, string name)
    {
        var admin = server.TrimEnd('/') + "/postgres";
        RunChecked("psql", admin, "-q", "-c", $"DROP DATABASE IF EXISTS {name}");
        RunChecked("psql", admin, "-q", "-c", $"CREATE DATABASE {name}");
        return server.TrimEnd('/') + "/" + name;
    }

    private static Process Start(string cli, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line && line.Contains("error", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine($"  [{args[0]}] {line}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits for the process, sampling its peak resident memory (VmHWM) while it lives; MB.</summary>
    private static double RunToEnd(Process process)
    {
        using (process)
        {
            var peak = 0.0;
            while (!process.WaitForExit(PollEvery))
            {
                peak = Math.Max(peak, PeakMb(process.Id));
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"a benchmark process exited with {process.ExitCode}");
            }

            return peak;
        }
    }

    private static double PeakMb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static void RunChecked(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true };
        start.Environment["PGOPTIONS"] = "-c client_min_messages=warning";
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}");
        }
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
