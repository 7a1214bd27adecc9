using System.Globalization;
using Chorus.Core.Pipeline;
using Chorus.Core.Summarization;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// The brief's ranking chosen by K-fold cross-validation over the DUC 2004 val clusters (folds: clusters in file order,
/// dealt round-robin). The grid crosses the newswire features that keep a sentence a source's exact span (graded and
/// phrase corroboration, the lead prior, the quote factor, the shortest sentence, submodular selection) on top of the
/// brief's reader checks, which are held: antecedents paired or refused, teasers refused, meaning and claim repeats
/// skipped. Every setting runs the brief path itself (raw texts through <see cref="BriefPipeline"/>, as
/// <c>eval summarize</c>'s chorus row); for each fold the setting best on the other folds is scored on the held-out
/// one, chosen by ROUGE-1 and again by ROUGE-1 + ROUGE-2 (the issue's goal names both), over the whole grid and over
/// a few packages of the newswire ranking. Prints every setting's full-set means, the choice per fold, the held-out
/// ROUGE-1/2 as mean ± sd over folds, their difference from the brief's default paired by fold, and the default by fold.
/// </summary>
internal static class SummaryCrossValidation
{
    private static readonly (string Name, Func<SummarizerOptions, SummarizerOptions> Set)[] Corroboration =
    [
        ("count", o => o),
        ("graded", o => o with { GradedCorroboration = true }),
        ("graded+phrase", o => o with { GradedCorroboration = true, PhraseCorroborationWeight = 0.3 }),
    ];

    private static readonly (string Name, Func<SummarizerOptions, SummarizerOptions> Set)[] Position =
    [
        ("relative", o => o),
        ("lead4", o => o with { PositionHalfLife = 4, PositionWeight = 0.3 }),
    ];

    private static readonly double[] Quote = [1, 0.7];

    private static readonly int[] MinWords = [7, 10];

    private static readonly bool[] Submodular = [false, true];

    public static int Run(int k)
    {
        var data = SummarizationDataReader.Read(Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl")).Value;
        var budget = data.DefaultBudget;
        var settings = Grid(new SummarizerOptions()).Concat(Packages(new SummarizerOptions())).ToList();
        var scores = settings.Select(s => data.Clusters.Select(c => Score(c, s.Options, budget)).ToArray()).ToList();
        for (var s = 0; s < settings.Count; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{settings[s].Name,-52} R1 {scores[s].Average(x => x.R1):F4}  R2 {scores[s].Average(x => x.R2):F4}"));
        }

        List<int> grid = [.. Enumerable.Range(0, Grid(new SummarizerOptions()).Count())];
        List<int> packages = [0, .. Enumerable.Range(0, settings.Count).Where(s => settings[s].Name.StartsWith("package", StringComparison.Ordinal))];
        foreach (var (criterion, by) in new (string, Func<(double R1, double R2), double>)[] { ("R1", x => x.R1), ("R1+R2", x => x.R1 + x.R2) })
        {
            CrossValidate($"grid by {criterion}", k, settings, scores, grid, by);
            CrossValidate($"packages by {criterion}", k, settings, scores, packages, by);
        }

        var before = Enumerable.Range(0, k).Select(f => scores[0].Where((_, i) => i % k == f).ToList()).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{settings[0].Name} by fold: R1 {before.Average(f => f.Average(x => x.R1)):F4} ± {Sd([.. before.Select(f => f.Average(x => x.R1))]):F4}  R2 {before.Average(f => f.Average(x => x.R2)):F4} ± {Sd([.. before.Select(f => f.Average(x => x.R2))]):F4}"));
        return 0;
    }

    /// <summary>For each fold, the candidate with the best mean <paramref name="by"/> on the other folds, scored on it.</summary>
    private static void CrossValidate(
        string name, int k, List<(string Name, SummarizerOptions Options)> settings, List<(double R1, double R2)[]> scores, List<int> candidates, Func<(double R1, double R2), double> by)
    {
        var heldR1 = new List<double>();
        var heldR2 = new List<double>();
        var gainR1 = new List<double>();
        var gainR2 = new List<double>();
        for (var fold = 0; fold < k; fold++)
        {
            var f = fold;
            var best = candidates
                .OrderByDescending(s => scores[s].Where((_, i) => i % k != f).Average(by)).ThenBy(s => s).First();
            var held = scores[best].Where((_, i) => i % k == f).ToList();
            heldR1.Add(held.Average(x => x.R1));
            heldR2.Add(held.Average(x => x.R2));
            var brief = scores[0].Where((_, i) => i % k == f).ToList();
            gainR1.Add(heldR1[^1] - brief.Average(x => x.R1));
            gainR2.Add(heldR2[^1] - brief.Average(x => x.R2));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} fold {fold}: {settings[best].Name}  held-out R1 {heldR1[^1]:F4} R2 {heldR2[^1]:F4}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{k}-fold held-out over the {name} ({candidates.Count} settings, reader checks held): R1 {heldR1.Average():F4} ± {Sd(heldR1):F4}  R2 {heldR2.Average():F4} ± {Sd(heldR2):F4}; minus the brief's default, paired by fold: R1 {gainR1.Average():+0.0000;-0.0000} ± {Sd(gainR1):F4}  R2 {gainR2.Average():+0.0000;-0.0000} ± {Sd(gainR2):F4}"));
    }

    /// <summary>Every combination of the knobs over <paramref name="reader"/>'s checks; the first is the plain ranking.</summary>
    private static IEnumerable<(string Name, SummarizerOptions Options)> Grid(SummarizerOptions reader) =>
        from submodular in Submodular
        from corroboration in Corroboration
        from position in Position
        from quote in Quote
        from minWords in MinWords
        select (
            string.Create(CultureInfo.InvariantCulture, $"{(submodular ? "submodular" : "greedy")} {corroboration.Name} {position.Name} quote {quote} min {minWords}"),
            position.Set(corroboration.Set(reader)) with
            {
                QuoteFactor = quote,
                MinWords = minWords,
                Submodular = submodular ? new SubmodularOptions() : null,
            });

    /// <summary>
    /// The newswire ranking as one package over the reader checks, greedy or submodular (which wants the newswire's
    /// shortest sentence), at the meaning threshold tuned for the old ranking and the next one up.
    /// </summary>
    private static IEnumerable<(string Name, SummarizerOptions Options)> Packages(SummarizerOptions reader)
    {
        var ranking = reader with { GradedCorroboration = true, PhraseCorroborationWeight = 0.3, PositionHalfLife = 4, PositionWeight = 0.3, QuoteFactor = 0.7 };
        foreach (var meaning in new[] { 0.7, 0.8 })
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"package greedy meaning {meaning}"), ranking with { MeaningRedundancy = meaning });
            yield return (string.Create(CultureInfo.InvariantCulture, $"package submodular min 10 meaning {meaning}"),
                ranking with { MeaningRedundancy = meaning, MinWords = 10, Submodular = new SubmodularOptions() });
        }
    }

    private static (double R1, double R2) Score(SummarizationCluster cluster, SummarizerOptions options, SummaryBudget budget)
    {
        var brief = BriefPipeline.Run(SummarizationEvaluator.RawDocuments(cluster), new BriefOptions { Budget = budget with { CutLast = true }, Summarizer = options, SummaryOnly = true }).Brief;
        var summary = SummaryText.Fit(brief?.Summary.Select(s => s.Sentence) ?? [], budget);
        var rouge = RougeScorer.ScoreAgainstAll(summary, cluster.References);
        return (rouge["rouge1"].Fmeasure, rouge["rouge2"].Fmeasure);
    }

    private static double Sd(List<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Count - 1));
    }
}
