using System.Globalization;
using Chorus.Core.Clustering;
using Chorus.Core.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// Grid search of the clustering thresholds on the validation halves only (UCI headlines, DUC clusters); prints
/// B-cubed F1 of each setting so the chosen defaults in <see cref="ClusteringOptions"/> can be justified.
/// </summary>
internal static class ClusterSweep
{
    public static int Run()
    {
        var uci = ClusteringData.Read(Path.Combine(BenchPaths.Shared, "data", "news-clustering-uci", "val", "headlines.jsonl"));
        var duc = ClusteringData.Read(Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl"));
        Console.WriteLine("minScore entity body member  uciP   uciR   uciF1   ducP   ducR   ducF1");
        foreach (var minScore in new[] { 0.12, 0.16, 0.2, 0.25 })
        {
            foreach (var entityWeight in new[] { 0.0, 0.2 })
            {
                foreach (var (member, body) in new[] { (0.0, 300), (0.5, 300), (0.8, 300) })
                {
                    var options = new ClusteringOptions { MinScore = minScore, EntityWeight = entityWeight, MaxBodyWords = body, MemberWeight = member };
                    var a = ClusteringEvaluation.Run(uci, options).Scores.BCubed;
                    var b = ClusteringEvaluation.Run(duc, options).Scores.BCubed;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{minScore,8} {entityWeight,6} {body,4} {member,8} {a.Precision,6:F3} {a.Recall,6:F3} {a.F1,6:F4} {b.Precision,6:F3} {b.Recall,6:F3} {b.F1,6:F4}"));
                }
            }
        }

        return 0;
    }
}
