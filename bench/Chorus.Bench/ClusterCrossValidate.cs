using System.Globalization;
using Chorus.Core.Clustering;
using Chorus.Core.Pipeline;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// <c>cluster-cv [static|contextual|none] [K] [ORDERS] [headline|article|both|defaults]</c>: chooses the clustering settings by
/// k-fold cross-validation over the gold stories of three labelled streams: the UCI val headlines, the DUC val topics
/// in ORDERS stream orders, and 3,000 articles of the scale bench's synthetic stream (multi-day stories). Every
/// setting is judged by the mean of the three held-out B-cubed F1s. The knobs come in two blocks searched one after
/// the other: those that act on short texts (headlines) and time, and those that act on full articles. Prints, per block, every setting's held-out F1 per fold with mean and spread, the choice, and the nested
/// estimate (each fold choosing on its own training stories), then the chosen options on the whole val sets. <c>defaults</c> scores the default options per fold without a search.
/// </summary>
internal static class ClusterCrossValidate
{
    public static int Run(string[] args)
    {
        var representation = args.Length > 0 ? Enum.Parse<DenseRepresentation>(args[0], ignoreCase: true) : DenseRepresentation.Static;
        var k = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var orders = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 12;
        var blocks = args.Length > 3 ? args[3] : "both";
        var start = new ClusteringOptions { Representation = representation };
        if (representation == DenseRepresentation.None)
        {
            start = start with { DenseWeight = 0, LongTextDenseWeight = 0 };
        }

        var (uci, duc) = Prepare(start, orders);
        var synthetic = Synthetic(start, SyntheticArticles);
        List<(string, List<PreparedSet>)> sets = [("UCI", [uci]), ("DUC", duc), ("synthetic", [synthetic])];
        var chosen = start;
        if (blocks is "defaults")
        {
            Block("the defaults alone (no search)", sets, [new ClusteringSetting("defaults", start)], k);
        }

        if (blocks is "headline" or "both")
        {
            chosen = Block("short texts (headlines) and time", sets, HeadlineGrid(chosen, representation), k);
        }

        if (blocks is "article" or "both")
        {
            chosen = Block("full articles", sets, ArticleGrid(chosen, representation), k);
        }

        var u = ClusteringEvaluation.Run(uci, chosen).Scores.BCubed;
        var d = duc.Select(s => ClusteringEvaluation.Run(s, chosen).Scores.BCubed.F1).ToList();
        var y = ClusteringEvaluation.Run(synthetic, chosen).Scores.BCubed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"chosen, whole val sets: UCI B-cubed F1 {u.F1:F4} (P {u.Precision:F3} R {u.Recall:F3}); DUC mean over {d.Count} orders {d.Average():F4} ± {SettingScores.StandardDeviation(d):F4} (min {d.Min():F4}, max {d.Max():F4}); synthetic {y.F1:F4}"));
        Console.WriteLine($"chosen options: {Describe(chosen)}");
        return 0;
    }

    internal static (PreparedSet Uci, List<PreparedSet> Duc) Prepare(ClusteringOptions options, int orders)
    {
        var ducPath = Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl");
        var uciPath = Path.Combine(BenchPaths.Shared, "data", "news-clustering-uci", "val", "headlines.jsonl");
        var first = ClusteringEvaluation.Prepare(ClusteringData.Read(ducPath, ClusterOrders.Seed(0)).Value, options);
        // Preparing is per article, not per order: the other orders reuse the first one's prepared articles.
        var byId = first.Documents.ToDictionary(p => p.Document.Id, StringComparer.Ordinal);
        var duc = new List<PreparedSet> { first };
        for (var i = 1; i < orders; i++)
        {
            var set = ClusteringData.Read(ducPath, ClusterOrders.Seed(i)).Value;
            duc.Add(new PreparedSet(set.Name, set.Documents.Select(d => byId[d.Document.Id] with { Document = d.Document }).ToList(), set.Documents.Select(d => d.Gold).ToList(), first.PrepareSeconds));
        }

        return (ClusteringEvaluation.Prepare(ClusteringData.Read(uciPath).Value, options), duc);
    }

    private static ClusteringOptions Block(string title, IReadOnlyList<(string Name, List<PreparedSet> Orders)> sets, List<ClusteringSetting> grid, int k)
    {
        Console.WriteLine($"== {title}: {grid.Count} settings, {k} folds over stories");
        var reports = sets.Select(set => ClusteringCrossValidation.Run(set.Orders, grid, k, Console.Error)).ToList();
        var folds = string.Concat(sets.Select(set => string.Concat(Enumerable.Range(1, k).Select(f => $" {set.Name[..1]}{f}   "))));
        Console.WriteLine($"{"setting",-44}{folds}{string.Concat(sets.Select(set => $"  {set.Name + " mean±sd",-15}"))}  all");
        var rows = grid.Select((setting, i) => (Setting: setting, Scores: reports.Select(r => r.Settings[i]).ToList(), All: reports.Average(r => r.Settings[i].Mean))).ToList();
        foreach (var row in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.Setting.Name,-44}{string.Concat(row.Scores.Select(x => string.Concat(x.HeldOut.Select(h => $" {h:F4}"))))}{string.Concat(row.Scores.Select(x => $"  {x.Mean:F4}±{x.Spread:F3}   "))}  {row.All:F4}"));
        }

        var best = rows.Select((r, i) => (r, i)).OrderByDescending(x => Math.Round(x.r.All, 6)).ThenBy(x => x.i).First().r;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chosen (best mean of the held-out means): {best.Setting.Name}: {best.All:F4}"));
        var nested = Enumerable.Range(0, k).Select(f =>
        {
            var pick = rows.Select((r, i) => (r, i)).OrderByDescending(x => Math.Round(x.r.Scores.Average(s => s.Training[f]), 6)).ThenBy(x => x.i).First().r;
            return (Fold: f + 1, pick.Setting.Name, HeldOut: pick.Scores.Select(s => s.HeldOut[f]).ToList());
        }).ToList();
        foreach (var n in nested)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  nested fold {n.Fold}: chose {n.Name} on its training stories; held out {string.Join(", ", sets.Select((set, i) => $"{set.Name} {n.HeldOut[i]:F4}"))}"));
        }

        Console.WriteLine("  nested estimate: " + string.Join(", ", sets.Select((set, i) =>
        {
            var values = nested.Select(n => n.HeldOut[i]).ToList();
            return string.Create(CultureInfo.InvariantCulture, $"{set.Name} {values.Average():F4} ± {SettingScores.StandardDeviation(values):F3}");
        })));
        return best.Setting.Options;
    }

    /// <summary>The knobs that act on short texts: dense weight, join and merge thresholds, time decay.</summary>
    /// <summary>
    /// Articles of the synthetic stream (the scale bench's, built from DUC val sentences): its stories run over three
    /// days, so it weighs the time decay against multi-day stories, which the UCI headlines (each story stamped at one
    /// instant by the aggregator) do not have.
    /// </summary>
    private const int SyntheticArticles = 3000;

    internal static PreparedSet Synthetic(ClusteringOptions options, int size)
    {
        var articles = new SyntheticStream(Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl"), size).Articles().ToList();
        var labels = articles.ToDictionary(a => a.Document.Origin, a => a.Story.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var clusterer = new StreamClusterer(options);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var batch = BatchPreparer.Prepare(articles.Select(a => a.Document).ToList(), DateTime.UnixEpoch, clusterer.Prepare, Environment.ProcessorCount);
        var ordered = batch.Articles.Select((a, i) => (a, i)).OrderBy(x => x.a.Time).ThenBy(x => x.i).Select(x => x.a).ToList();
        return new PreparedSet("synthetic", ordered.Select(a => a.Prepared).ToList(), ordered.Select(a => labels[a.Article.Origin]).ToList(),
            System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    private static List<ClusteringSetting> HeadlineGrid(ClusteringOptions o, DenseRepresentation representation)
    {
        var dense = representation == DenseRepresentation.None ? [0.0] : new[] { 0.0, 0.2, 0.3, 0.4 };
        var decays = new[] { (Half: 24.0, Grace: 12.0), (24, 0), (12, 0), (6, 0) };
        return [.. from w in dense
                   from min in new[] { 0.1, 0.15, 0.2 }
                   from merge in new[] { 0.2, 0.25, 0.3 }
                   from decay in decays
                   select new ClusteringSetting(
                       string.Create(CultureInfo.InvariantCulture, $"dense {w} short {min} merge {merge} decay {decay.Half}h/{decay.Grace}h"),
                       o with { DenseWeight = w, ShortTextMinScore = min, MergeScore = merge, DecayHalfLifeHours = decay.Half, DecayGraceHours = decay.Grace })];
    }

    /// <summary>The knobs that act on full articles: dense weight and join threshold.</summary>
    private static List<ClusteringSetting> ArticleGrid(ClusteringOptions o, DenseRepresentation representation)
    {
        var dense = representation == DenseRepresentation.None ? [0.0] : new[] { 0.0, 0.1, 0.2, 0.3 };
        return [.. from w in dense
                   from min in new[] { 0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.25, 0.3 }
                   select new ClusteringSetting(
                       string.Create(CultureInfo.InvariantCulture, $"long dense {w} min {min}"),
                       o with { LongTextDenseWeight = w, MinScore = min })];
    }

    internal static string Describe(ClusteringOptions o) => string.Create(CultureInfo.InvariantCulture,
        $"representation {o.Representation}, dense weight {o.DenseWeight} (long texts {o.LongTextDenseWeight}), min score {o.MinScore} (short texts {o.ShortTextMinScore}), merge {o.MergeScore} (long texts {o.LongTextMergeScore}), entity weight {o.EntityWeight}, decay half-life {o.DecayHalfLifeHours} h after {o.DecayGraceHours} h");
}
