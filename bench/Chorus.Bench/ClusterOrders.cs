using System.Globalization;
using Chorus.Core.Clustering;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// The DUC val clusters carry no dates, so their stream order is a seeded shuffle; a threshold tuned on one order
/// can win by the luck of that order. This sweep scores each setting on many shuffles (the default seed first) and
/// on the UCI val headlines, and prints the mean, the spread and the default order's score.
/// </summary>
internal static class ClusterOrders
{
    public static int Run(string[] args)
    {
        var orders = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 12;
        var ducPath = Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl");
        var duc = Enumerable.Range(0, orders).Select(i => ClusteringData.Read(ducPath, Seed(i)).Value).ToList();
        var uci = ClusteringData.Read(Path.Combine(BenchPaths.Shared, "data", "news-clustering-uci", "val", "headlines.jsonl")).Value;
        Console.WriteLine($"setting                                   ducF1(seed {ClusteringData.DefaultSeed})  mean    min    max   meanP  meanR  uciF1");
        foreach (var (name, options) in Settings())
        {
            var scores = duc.Select(d => ClusteringEvaluation.Run(d, options).Scores.BCubed).ToList();
            var u = ClusteringEvaluation.Run(uci, options).Scores.BCubed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-40} {scores[0].F1,10:F4} {scores.Average(s => s.F1),7:F4} {scores.Min(s => s.F1),6:F3} {scores.Max(s => s.F1),6:F3} {scores.Average(s => s.Precision),6:F3} {scores.Average(s => s.Recall),6:F3} {u.F1,6:F4}"));
        }

        return 0;
    }

    /// <summary>The seed of the i-th stream order of the DUC set (the default seed first).</summary>
    public static int Seed(int order) => ClusteringData.OrderSeed(order);

    private static IEnumerable<(string Name, ClusteringOptions Options)> Settings()
    {
        var d = new ClusteringOptions();
        yield return ("defaults", d);
        foreach (var min in new[] { 0.1, 0.11, 0.13, 0.14, 0.15, 0.16 })
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"min score {min}"), d with { MinScore = min });
        }

        yield return ("long-text merge 0.3", d with { LongTextMergeScore = 0.3 });
        yield return ("long-text merge off", d with { LongTextMergeScore = 1 });
        yield return ("entity weight 0", d with { EntityWeight = 0 });
        yield return ("entity weight 0.3", d with { EntityWeight = 0.3 });
        yield return ("IDF prior 5", d with { IdfPriorDocuments = 5 });
        yield return ("IDF prior 50", d with { IdfPriorDocuments = 50 });
        yield return ("body words 150", d with { MaxBodyWords = 150 });
        yield return ("body words 600", d with { MaxBodyWords = 600 });
        yield return ("centroid terms 1000 (no pruning)", d with { CentroidTerms = 1000 });
        yield return ("index 60, query 40, 200 candidates", d with { IndexedTermsPerStory = 60, QueryTerms = 40, MaxCandidates = 200 });
    }
}
