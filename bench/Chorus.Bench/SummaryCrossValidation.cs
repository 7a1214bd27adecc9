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
/// <c>eval summarize</c>'s chorus row); for each fold the setting with the best mean ROUGE-1 on the other folds is
/// scored on the held-out one. Prints every setting's full-set means, the choice per fold, the held-out ROUGE-1/2 as
/// mean ± sd over folds, and the brief's default setting by fold.
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
        var settings = Grid(new SummarizerOptions()).ToList();
        var scores = settings.Select(s => data.Clusters.Select(c => Score(c, s.Options, budget)).ToArray()).ToList();
        for (var s = 0; s < settings.Count; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{settings[s].Name,-52} R1 {scores[s].Average(x => x.R1):F4}  R2 {scores[s].Average(x => x.R2):F4}"));
        }

        var heldR1 = new List<double>();
        var heldR2 = new List<double>();
        for (var fold = 0; fold < k; fold++)
        {
            var f = fold;
            var best = Enumerable.Range(0, settings.Count)
                .OrderByDescending(s => scores[s].Where((_, i) => i % k != f).Average(x => x.R1)).ThenBy(s => s).First();
            var held = scores[best].Where((_, i) => i % k == f).ToList();
            heldR1.Add(held.Average(x => x.R1));
            heldR2.Add(held.Average(x => x.R2));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {fold}: {settings[best].Name}  held-out R1 {heldR1[^1]:F4} R2 {heldR2[^1]:F4}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{k}-fold held-out (reader checks held): R1 {heldR1.Average():F4} ± {Sd(heldR1):F4}  R2 {heldR2.Average():F4} ± {Sd(heldR2):F4}"));
        var before = Enumerable.Range(0, k).Select(f => scores[0].Where((_, i) => i % k == f).ToList()).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{settings[0].Name} by fold: R1 {before.Average(f => f.Average(x => x.R1)):F4} ± {Sd([.. before.Select(f => f.Average(x => x.R1))]):F4}  R2 {before.Average(f => f.Average(x => x.R2)):F4} ± {Sd([.. before.Select(f => f.Average(x => x.R2))]):F4}"));
        return 0;
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
