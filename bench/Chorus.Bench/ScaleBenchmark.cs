using System.Diagnostics;
using System.Globalization;
using Chorus.Core.Clustering;
using Chorus.Core.Evaluation;
using Chorus.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Chorus.Bench;

/// <summary>
/// Ingests synthetic labelled streams of 10k, 50k and 100k articles, each into a fresh store in its own process
/// (so peak memory is per size), through the same <see cref="StreamIngestor"/> as <c>chorus ingest</c>: cleaning,
/// copy detection, clustering, SQLite with FTS5. Prints articles/s, peak memory, B-cubed F1, and the time per
/// article at each size against the 10k run.
/// </summary>
internal static class ScaleBenchmark
{
    private const int DefaultBatchSize = 500;
    private static readonly int[] Sizes = [10_000, 50_000, 100_000];

    public static int RunAll(string[] sizes)
    {
        var chosen = sizes.Length > 0 ? sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : Sizes;
        Console.WriteLine("articles  stories  seconds  articles/s  peak MB    CPU s  B-cubed P/R/F1     time/article vs first (wall, CPU)");
        double? baseline = null, cpuBaseline = null;
        foreach (var size in chosen)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(typeof(ScaleBenchmark).Assembly.Location);
            start.ArgumentList.Add("scale-one");
            start.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
            using var process = Process.Start(start)!;
            var line = process.StandardOutput.ReadToEnd().Trim().Split('\n')[^1];
            process.WaitForExit();
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var perArticle = double.Parse(fields[2], CultureInfo.InvariantCulture) / size;
            var cpuPerArticle = double.Parse(fields[5], CultureInfo.InvariantCulture) / size;
            baseline ??= perArticle;
            cpuBaseline ??= cpuPerArticle;
            Console.WriteLine(line + string.Create(CultureInfo.InvariantCulture, $"  {perArticle / baseline.Value,6:F2} {cpuPerArticle / cpuBaseline.Value,6:F2}"));
        }

        return 0;
    }

    /// <summary>One size in this process: one result line (articles stories seconds rate peakMB P R F1).</summary>
    public static int RunOne(int size, int batchSize = DefaultBatchSize)
    {
        var duc = Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl");
        var stream = new SyntheticStream(duc, size);
        var folder = Directory.CreateTempSubdirectory("chorus-scale-").FullName;
        var db = Path.Combine(folder, "scale.db");
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        using (var store = SqliteStoryStore.Open(db))
        {
            var ingestor = new StreamIngestor(store, ["synthetic"]);
            foreach (var batch in stream.Articles().Chunk(batchSize))
            {
                foreach (var article in batch)
                {
                    labels[article.Document.Origin] = article.Story;
                }

                ingestor.IngestBatch(batch.Select(a => a.Document).ToList());
            }

            ingestor.Finish();
            var t = ingestor.Timings;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stages: clean {t.Clean.TotalSeconds:F1} s, prepare {t.Prepare.TotalSeconds:F1} s, cluster {t.Cluster.TotalSeconds:F1} s, store {t.Store.TotalSeconds:F1} s"));
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        var pairs = Memberships(db).Select(m => (labels[m.Origin], m.Story)).ToList();
        var scores = ClusteringMetrics.Score<int, long>(pairs);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pairs.Count,8} {stream.Stories,8} {seconds,8:F1} {pairs.Count / seconds,11:F0} {peakMb,8:F0} {cpu,8:F1}  {scores.BCubed.Precision:F3}/{scores.BCubed.Recall:F3}/{scores.BCubed.F1:F3}"));
        return 0;
    }

    private static List<(string Origin, long Story)> Memberships(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.origin, s.story_id FROM articles a JOIN story_articles s ON s.article_id = a.id";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }
}
