using System.Globalization;
using Chorus.Core.Clustering;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// A first look at the dense representation in the clusterer on the whole val halves (UCI headlines, DUC over
/// <c>orders</c> shuffles): each article is prepared once per representation, then clustered under a grid of
/// settings. For exploring only; settings are chosen by <c>chorus eval cluster --cv</c>.
/// </summary>
internal static class ClusterDense
{
    public static int Run(string[] args)
    {
        var representation = args.Length > 0 ? Enum.Parse<DenseRepresentation>(args[0], ignoreCase: true) : DenseRepresentation.Static;
        var orders = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 12;
        var baseOptions = new ClusteringOptions { Representation = representation };
        var ducPath = Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl");
        var uciPath = Path.Combine(BenchPaths.Shared, "data", "news-clustering-uci", "val", "headlines.jsonl");
        var duc = Enumerable.Range(0, orders).Select(i => ClusteringEvaluation.Prepare(ClusteringData.Read(ducPath, ClusterOrders.Seed(i)).Value, baseOptions)).ToList();
        var uci = ClusteringEvaluation.Prepare(ClusteringData.Read(uciPath).Value, baseOptions);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prepared in {uci.PrepareSeconds + duc.Sum(d => d.PrepareSeconds):F1} s ({representation})"));
        Console.WriteLine("dense ldense   min  short  merge  lmerge   uciP   uciR  uciF1   ducP   ducR  ducF1  ducMin ducMax");
        foreach (var options in Grid(baseOptions, args.Skip(2).ToArray()))
        {
            var u = ClusteringEvaluation.Run(uci, options).Scores.BCubed;
            var d = duc.Select(s => ClusteringEvaluation.Run(s, options).Scores.BCubed).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{options.DenseWeight,5} {options.LongTextDenseWeight,6} {options.MinScore,5} {options.ShortTextMinScore,6} {options.MergeScore,6} {options.LongTextMergeScore,7} {u.Precision,6:F3} {u.Recall,6:F3} {u.F1,6:F4} {d.Average(x => x.Precision),6:F3} {d.Average(x => x.Recall),6:F3} {d.Average(x => x.F1),6:F4} {d.Min(x => x.F1),7:F3} {d.Max(x => x.F1),6:F3}"));
        }

        return 0;
    }

    public static IEnumerable<ClusteringOptions> Grid(ClusteringOptions o, string[] spec)
    {
        // spec: name=v1,v2,... for DenseWeight (dense), LongTextDenseWeight (ldense), MinScore (min), ShortTextMinScore (short),
        // MergeScore (merge), LongTextMergeScore (lmerge), EntityWeight (entity)
        var axes = spec.Select(s => s.Split('=')).ToDictionary(p => p[0], p => p[1].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray());
        IEnumerable<ClusteringOptions> grid = [o];
        foreach (var (name, values) in axes)
        {
            grid = grid.SelectMany(g => values.Select(v => name switch
            {
                "dense" => g with { DenseWeight = v },
                "ldense" => g with { LongTextDenseWeight = v },
                "half" => g with { DecayHalfLifeHours = v },
                "grace" => g with { DecayGraceHours = v },
                "min" => g with { MinScore = v },
                "short" => g with { ShortTextMinScore = v },
                "merge" => g with { MergeScore = v },
                "lmerge" => g with { LongTextMergeScore = v },
                "entity" => g with { EntityWeight = v },
                "representation" => g with { Representation = (DenseRepresentation)(int)v },
                _ => throw new ArgumentException($"unknown axis {name}"),
            })).ToList();
        }

        return grid;
    }
}
