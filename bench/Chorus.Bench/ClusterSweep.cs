using System.Globalization;
using Chorus.Core.Clustering;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// Grid search of the clustering thresholds on the validation halves only (UCI headlines, DUC clusters); prints
/// B-cubed F1 of each setting so the chosen defaults in <see cref="ClusteringOptions"/> can be justified.
/// </summary>
internal static class ClusterSweep
{
    public static int Run()
    {
        var uci = ClusteringData.Read(Path.Combine(BenchPaths.Shared, "data", "news-clustering-uci", "val", "headlines.jsonl")).Value;
        var duc = ClusteringData.Read(Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl")).Value;
        Console.WriteLine("long  short entity prior   uciP   uciR  uciF1   ducP   ducR  ducF1");
        foreach (var (minScore, shortMin) in new[] { (0.12, 0.1), (0.14, 0.1) })
        {
            foreach (var entityWeight in new[] { 0.0, 0.15, 0.3 })
            {
                foreach (var halfLife in new[] { 0, 20, 50 })
                {
                    var options = new ClusteringOptions { MinScore = minScore, ShortTextMinScore = shortMin, EntityWeight = entityWeight, IdfPriorDocuments = halfLife };
                    var a = ClusteringEvaluation.Run(uci, options).Scores.BCubed;
                    var b = ClusteringEvaluation.Run(duc, options).Scores.BCubed;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{minScore,4} {shortMin,6} {entityWeight,6} {halfLife,8} {a.Precision,6:F3} {a.Recall,6:F3} {a.F1,6:F4} {b.Precision,6:F3} {b.Recall,6:F3} {b.F1,6:F4}"));
                }
            }
        }

        return 0;
    }
}

/// <summary>
/// Sweep of the full-article thresholds on the DUC val clusters alone: UCI headlines are all short texts, so these
/// settings do not touch them.
/// </summary>
internal static class LongTextSweep
{
    public static int Run()
    {
        var duc = ClusteringData.Read(Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl")).Value;
        Console.WriteLine(" min merge entity   ducP   ducR  ducF1 found");
        foreach (var minScore in new[] { 0.12, 0.15, 0.18, 0.21, 0.25, 0.3 })
        {
            foreach (var merge in new[] { 0.3, 0.5, 1.0 })
            {
                foreach (var entityWeight in new[] { 0.15, 0.3 })
                {
                    var options = new ClusteringOptions { MinScore = minScore, LongTextMergeScore = merge, EntityWeight = entityWeight };
                    var b = ClusteringEvaluation.Run(duc, options).Scores;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{minScore,4} {merge,5} {entityWeight,6} {b.BCubed.Precision,6:F3} {b.BCubed.Recall,6:F3} {b.BCubed.F1,6:F4} {b.FoundClusters,5}"));
                }
            }
        }

        return 0;
    }
}
