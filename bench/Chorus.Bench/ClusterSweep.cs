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
        Console.WriteLine("minScore entityWeight halfLife  uciF1  ducF1");
        foreach (var minScore in new[] { 0.1, 0.15, 0.2, 0.25 })
        {
            foreach (var entityWeight in new[] { 0.0, 0.15, 0.3 })
            {
                foreach (var halfLife in new[] { 24.0, 72.0 })
                {
                    var options = new ClusteringOptions { MinScore = minScore, EntityWeight = entityWeight, DecayHalfLifeHours = halfLife };
                    var a = ClusteringEvaluation.Run(uci, options).Scores.BCubed.F1;
                    var b = ClusteringEvaluation.Run(duc, options).Scores.BCubed.F1;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{minScore,8} {entityWeight,12} {halfLife,8} {a,6:F4} {b,6:F4}"));
                }
            }
        }

        return 0;
    }
}
