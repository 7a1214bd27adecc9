using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// Where the <c>chorus</c> row of <c>chorus eval summarize</c> spends its time: the brief of every cluster of a
/// summarization data set (default DUC 2004 val) through <see cref="BriefPipeline"/>, each stage's mean per cluster,
/// and the clusters per second of the whole brief and of the summarize stage alone. Rounds after a warm-up; the best
/// round is shown.
/// </summary>
internal static class BriefSummarizeSpeed
{
    public static int Run(string[] args)
    {
        var path = args.Length > 0 ? args[0] : Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl");
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var read = SummarizationDataReader.Read(path);
        if (!read.Succeeded)
        {
            Console.Error.WriteLine(read.Problem);
            return 1;
        }

        var data = read.Value;
        var raw = data.Clusters.Select(SummarizationEvaluator.RawDocuments).ToList();
        var options = new BriefOptions { Budget = data.DefaultBudget with { CutLast = true } };
        if (args.Length > 2)
        {
            // Each cluster's brief (JSON) as a hash, to compare the briefs of two builds.
            File.WriteAllLines(args[2], raw.Select(documents => BriefPipeline.Run(documents, options) is { Brief: { } brief } run
                ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(BriefJson.Render(brief, run.Problems))))
                : "-"));
        }

        Dictionary<string, double>? best = null;
        var bestTotal = double.MaxValue;
        for (var round = 0; round <= rounds; round++)
        {
            var stages = new Dictionary<string, double>(StringComparer.Ordinal);
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var documents in raw)
            {
                var timings = BriefPipeline.Run(documents, options).Timings;
                if (round == 0 && Environment.GetEnvironmentVariable("COLD") is not null)
                {
                    Console.WriteLine(string.Join(", ", timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0.0}")));
                }

                foreach (var timing in timings)
                {
                    stages[timing.Stage] = stages.GetValueOrDefault(timing.Stage) + timing.Elapsed.TotalMilliseconds;
                }
            }

            var total = clock.Elapsed.TotalMilliseconds;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: {total / data.Clusters.Count:0.00} ms/cluster, process CPU {cpuMs / data.Clusters.Count:0.00} ms/cluster ({string.Join(", ", stages.Select(s => $"{s.Key} {s.Value / data.Clusters.Count:0.00}"))})"));
            if (round > 0 && total < bestTotal)
            {
                (best, bestTotal) = (stages, total);
            }
        }

        var n = data.Clusters.Count;
        Console.WriteLine($"{n} clusters of {path}: chorus brief path (BriefPipeline), best of {rounds} rounds after a warm-up");
        Console.WriteLine($"{"stage",-12} {"ms/cluster",10} {"share",7}");
        foreach (var (stage, ms) in best!)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-12} {ms / n,10:0.00} {ms / bestTotal,7:P0}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-12} {bestTotal / n,10:0.00}   brief: {n / (bestTotal / 1000):0.0} clusters/s; summarize stage alone: {n / (best!["summarize"] / 1000):0.0} clusters/s"));
        return 0;
    }
}
