using System.Diagnostics;
using System.Globalization;
using Chorus.Core.Clustering;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Chorus.Evaluation;
using Microsoft.Data.Sqlite;

namespace Chorus.Bench;

/// <summary>
/// Ingests synthetic labelled streams of 10k, 50k and 100k articles, each into a fresh store in its own process
/// (so peak memory is per size), through the same <see cref="IngestPipeline"/> as <c>chorus ingest</c>: cleaning,
/// copy detection, clustering, SQLite with FTS5. Prints articles/s, peak memory, B-cubed F1, and the time per
/// article at each size against the 10k run.
/// </summary>
internal static class ScaleBenchmark
{
    private const int DefaultBatchSize = 500;
    private static readonly int[] Sizes = [10_000, 50_000, 100_000];

    /// <param name="args">Sizes, and optionally the dense representation (none, static, contextual; default static).</param>
    public static int RunAll(string[] args)
    {
        var representation = args.Where(a => !char.IsDigit(a[0])).Select(a => Enum.Parse<DenseRepresentation>(a, ignoreCase: true)).DefaultIfEmpty(DenseRepresentation.Static).Last();
        var sizes = args.Where(a => char.IsDigit(a[0])).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var chosen = sizes.Length > 0 ? sizes : Sizes;
        Console.WriteLine($"representation: {representation}");
        Console.WriteLine("articles  stories  seconds  articles/s  peak MB    CPU s  B-cubed P/R/F1     time/article vs first (wall, CPU)");
        double? baseline = null, cpuBaseline = null;
        foreach (var size in chosen)
        {
            var (line, seconds, cpu) = RunChild(size, overlap: true, representation);
            var perArticle = seconds / size;
            var cpuPerArticle = cpu / size;
            baseline ??= perArticle;
            cpuBaseline ??= cpuPerArticle;
            Console.WriteLine(line + string.Create(CultureInfo.InvariantCulture, $"  {perArticle / baseline.Value,6:F2} {cpuPerArticle / cpuBaseline.Value,6:F2}"));
        }

        return 0;
    }

    /// <summary>
    /// The same stream ingested with reading overlapped with clustering and storing (as <c>chorus ingest</c> does)
    /// and batch after batch, alternating twice so both see the same machine state; prints each run and the ratio
    /// of the mean wall times.
    /// </summary>
    public static int CompareOverlap(int size)
    {
        var walls = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
        foreach (var overlap in new[] { false, true, false, true })
        {
            var (line, seconds, _) = RunChild(size, overlap);
            walls[overlap].Add(seconds);
            Console.WriteLine((overlap ? "overlapped  " : "sequential  ") + line);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wall time overlapped / sequential: {walls[true].Average() / walls[false].Average():F2}"));
        return 0;
    }

    private static (string Line, double Seconds, double Cpu) RunChild(int size, bool overlap, DenseRepresentation representation = DenseRepresentation.Static)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(ScaleBenchmark).Assembly.Location);
        start.ArgumentList.Add("scale-one");
        start.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(DefaultBatchSize.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(overlap ? "overlapped" : "sequential");
        start.ArgumentList.Add(representation.ToString());
        using var process = Process.Start(start)!;
        var line = process.StandardOutput.ReadToEnd().Trim().Split('\n')[^1];
        process.WaitForExit();
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (line, double.Parse(fields[2], CultureInfo.InvariantCulture), double.Parse(fields[5], CultureInfo.InvariantCulture));
    }

    /// <summary>One size in this process: one result line (articles stories seconds rate peakMB P R F1).</summary>
    /// <param name="settings">Settings to change, as <c>cluster-dense</c> takes them (AXIS=VALUE).</param>
    public static int RunOne(int size, int batchSize = DefaultBatchSize, bool overlap = true, DenseRepresentation representation = DenseRepresentation.Static, string[]? settings = null)
    {
        var duc = Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl");
        var stream = new SyntheticStream(duc, size);
        var folder = Directory.CreateTempSubdirectory("chorus-scale-").FullName;
        // CHORUS_BENCH_DB names another store to ingest into (an empty PostgreSQL database); by default a new SQLite file.
        var db = Environment.GetEnvironmentVariable("CHORUS_BENCH_DB") is { Length: > 0 } given ? given : Path.Combine(folder, "scale.db");
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        List<(string Origin, long Story)> memberships;
        using (var store = StoreLocation.Open(db))
        {
            var options = ClusterDense.Grid(new ClusteringOptions { Representation = representation }, settings ?? []).First();
            var ingestor = new IngestPipeline(store, ["synthetic"], options);
            var batches = stream.Articles().Chunk(batchSize).Select(batch =>
            {
                foreach (var article in batch)
                {
                    labels[article.Document.Origin] = article.Story;
                }

                return (IReadOnlyList<Chorus.Core.Documents.RawDocument>)batch.Select(a => a.Document).ToList();
            });
            var results = overlap ? ingestor.IngestAll(batches) : batches.Select(ingestor.IngestBatch);
            foreach (var _ in results)
            {
            }

            ingestor.Finish();
            var t = ingestor.Timings;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stages: read {t.Read.TotalSeconds:F1} s, cluster {t.Cluster.TotalSeconds:F1} s, store {t.Store.TotalSeconds:F1} s{(overlap ? " (reading overlapped)" : "")}"));
            memberships = [.. store.ArticlesAddedAfter(0).Select(p => (p.Origin, p.StoryId))];
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        var pairs = memberships.Select(m => (labels[m.Origin], m.Story)).ToList();
        var scores = ClusteringMetrics.Score<int, long>(pairs);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pairs.Count,8} {stream.Stories,8} {seconds,8:F1} {pairs.Count / seconds,11:F0} {peakMb,8:F0} {cpu,8:F1}  {scores.BCubed.Precision:F3}/{scores.BCubed.Recall:F3}/{scores.BCubed.F1:F3}"));
        return 0;
    }
}
