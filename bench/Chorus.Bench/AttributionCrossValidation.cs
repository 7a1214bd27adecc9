using System.Globalization;
using Chorus.Core.ReportedSpeech;
using Chorus.Evaluation.ReportedSpeech;

namespace Chorus.Bench;

/// <summary>
/// The one tuned setting of the attribution extractor, chosen by K-fold cross-validation over the train articles of
/// the attribution corpus (folds: articles sorted by id, dealt round-robin): a cue form is excluded when it was met
/// at least <see cref="MinOccurrences"/> times in the training folds and fewer than a share t of its relations
/// matched a gold one. For each t the held-out folds' F1 and source accuracy are printed as mean ± standard deviation,
/// and the forms excluded at each t on all of train (what <c>CueVerbs</c> lists).
/// </summary>
internal static class AttributionCrossValidation
{
    /// <summary>Rarer forms keep the hand list's word: their precision is not measured well enough to drop them.</summary>
    private const int MinOccurrences = 5;

    private static readonly double[] Thresholds = [0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];

    public static int Run(int k)
    {
        var articles = AttributionCorpus.Read(Path.Combine(BenchPaths.Shared, "data", "attribution-polnear", "train.jsonl")).Value
            .OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var full = new ReportedSpeechOptions { Cues = ReportedSpeechOptions.AllCues };
        var stats = articles.Select(a => CueStats(a, full)).ToList();
        var scores = Thresholds.ToDictionary(t => t, _ => new List<AttributionScores>());
        for (var fold = 0; fold < k; fold++)
        {
            var training = Sum(stats.Where((_, i) => i % k != fold));
            foreach (var t in Thresholds)
            {
                var options = new ReportedSpeechOptions { Cues = Without(Excluded(training, t)) };
                var total = AttributionScores.Zero;
                for (var i = fold; i < articles.Count; i += k)
                {
                    total = total.Add(Score(articles[i], options));
                }

                scores[t].Add(total);
            }
        }

        Console.WriteLine($"{k}-fold cross-validation over {articles.Count} train articles (held-out folds: mean ± sd)");
        Console.WriteLine("   t   all F1            all src           direct F1         direct src        excluded forms (all train)");
        var all = Sum(stats);
        foreach (var t in Thresholds)
        {
            var s = scores[t];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{t,4:F2}  {Spread(s.Select(x => x.All.F1))}  {Spread(s.Select(x => x.All.SourceAccuracy))}  {Spread(s.Select(x => x.Direct.F1))}  {Spread(s.Select(x => x.Direct.SourceAccuracy))}  {Excluded(all, t).Count}"));
        }

        foreach (var t in Thresholds.Where(t => t > 0))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"excluded at {t:F2}: {string.Join(' ', Excluded(all, t).Order(StringComparer.Ordinal))}"));
        }

        return 0;
    }

    private static AttributionScores Score(CorpusArticle article, ReportedSpeechOptions options) =>
        AttributionMetric.Score(article.Text, article.Attributions, Predictions(article, options));

    private static List<PredictedAttribution> Predictions(CorpusArticle article, ReportedSpeechOptions options) =>
        ReportedSpeechExtractor.Extract(article.Text, options)
            .Where(r => !r.Embedded)
            .Select(r => new PredictedAttribution(r.Content, r.Source, r.Cue, CorpusDirectness.IsDirect(article.Text.AsSpan(r.Content.Start, r.Content.Length)), r.Speaker))
            .ToList();

    /// <summary>Per cue form of one article: how many relations it gave and how many of them matched a gold one.</summary>
    private static Dictionary<string, (int Found, int Matched)> CueStats(CorpusArticle article, ReportedSpeechOptions options)
    {
        var predicted = Predictions(article, options);
        var tokens = AttributionMetric.WordTokens(article.Text);
        var gold = article.Attributions.Where(g => g.Content is not null).Select(g => TokenRange.Of(tokens, g.Content!.Value)).ToList();
        var matched = AttributionMetric.Match(gold, predicted.Select(p => TokenRange.Of(tokens, p.Content)).ToList()).Select(p => p.Predicted).ToHashSet();
        var stats = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < predicted.Count; i++)
        {
            var cue = predicted[i].Cue!.Value;
            var form = article.Text.Substring(cue.Start, cue.Length).ToLowerInvariant();
            var (found, right) = stats.GetValueOrDefault(form);
            stats[form] = (found + 1, right + (matched.Contains(i) ? 1 : 0));
        }

        return stats;
    }

    private static Dictionary<string, (int Found, int Matched)> Sum(IEnumerable<Dictionary<string, (int Found, int Matched)>> parts)
    {
        var sum = new Dictionary<string, (int Found, int Matched)>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (form, (found, matched)) in part)
            {
                var (f, m) = sum.GetValueOrDefault(form);
                sum[form] = (f + found, m + matched);
            }
        }

        return sum;
    }

    private static HashSet<string> Excluded(Dictionary<string, (int Found, int Matched)> stats, double threshold) =>
        stats.Where(s => !s.Key.Contains(' ', StringComparison.Ordinal) && s.Value.Found >= MinOccurrences && s.Value.Matched < threshold * s.Value.Found)
            .Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, CueKind> Without(HashSet<string> excluded) =>
        ReportedSpeechOptions.AllCues.Where(c => !excluded.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    private static string Spread(IEnumerable<double> values)
    {
        var list = values.ToList();
        var mean = list.Average();
        var sd = Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, list.Count - 1));
        return string.Create(CultureInfo.InvariantCulture, $"{mean:F4} ± {sd:F4}");
    }
}
