using System.Globalization;
using Chorus.Core.Pipeline;
using Chorus.Core.Summarization;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// The selection knob of the brief's summarizer tuned for ROUGE (<see cref="SummarizerOptions.ClaimContainment"/>, with
/// <see cref="SummarizerOptions.MeaningRedundancy"/> at its value chosen the same way; antecedent-needing sentences
/// are paired with their antecedent or refused, teasers refused, whatever it costs) chosen by K-fold cross-validation over the DUC 2004 val clusters
/// (folds: clusters in file order, dealt round-robin). Every setting runs the brief path itself (raw texts through
/// <see cref="BriefPipeline"/>, as <c>eval summarize</c>'s chorus row); for each fold the setting with the best mean
/// ROUGE-1 on the other folds is scored on the held-out one. Prints every setting's full-set means, the choice per fold
/// and the held-out ROUGE-1/2 as mean ± sd over folds.
/// </summary>
internal static class SummaryCrossValidation
{
    /// <summary>Teasers are refused for the reader's sake, not ROUGE's: held at the default while the rest is chosen.</summary>
    private static readonly int[] TeaserWords = [new SummarizerOptions().TeaserMaxWords];

    private static readonly double?[] Claim = [null, 0.5, 0.6, 0.75, 0.9];

    public static int Run(int k)
    {
        var data = SummarizationDataReader.Read(Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl")).Value;
        var budget = data.DefaultBudget;
        var settings = (from t in TeaserWords from c in Claim select new SummarizerOptions { TeaserMaxWords = t, ClaimContainment = c })
            .Prepend(new SummarizerOptions { PairWithAntecedent = false, ClaimContainment = null })
            .Prepend(new SummarizerOptions { AntecedentFactor = 1, TeaserMaxWords = 0, MeaningRedundancy = null, PairWithAntecedent = false, ClaimContainment = null })
            .ToList();
        var scores = settings.Select(options => data.Clusters.Select(c => Score(c, options, budget)).ToArray()).ToList();
        for (var s = 0; s < settings.Count; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Describe(settings[s]),-52} R1 {scores[s].Average(x => x.R1):F4}  R2 {scores[s].Average(x => x.R2):F4}"));
        }

        var heldR1 = new List<double>();
        var heldR2 = new List<double>();
        for (var fold = 0; fold < k; fold++)
        {
            var f = fold;
            var best = Enumerable.Range(2, settings.Count - 2)
                .OrderByDescending(s => scores[s].Where((_, i) => i % k != f).Average(x => x.R1)).ThenBy(s => s).First();
            var held = scores[best].Where((_, i) => i % k == f).ToList();
            heldR1.Add(held.Average(x => x.R1));
            heldR2.Add(held.Average(x => x.R2));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {fold}: {Describe(settings[best])}  held-out R1 {heldR1[^1]:F4} R2 {heldR2[^1]:F4}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{k}-fold held-out (antecedents paired or never chosen): R1 {heldR1.Average():F4} ± {Sd(heldR1):F4}  R2 {heldR2.Average():F4} ± {Sd(heldR2):F4}"));
        var before = Enumerable.Range(0, k).Select(f => scores[1].Where((_, i) => i % k == f).ToList()).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Describe(settings[1])} by fold: R1 {before.Average(f => f.Average(x => x.R1)):F4} ± {Sd([.. before.Select(f => f.Average(x => x.R1))]):F4}  R2 {before.Average(f => f.Average(x => x.R2)):F4} ± {Sd([.. before.Select(f => f.Average(x => x.R2))]):F4}"));
        return 0;
    }

    private static (double R1, double R2) Score(SummarizationCluster cluster, SummarizerOptions options, SummaryBudget budget)
    {
        var brief = BriefPipeline.Run(SummarizationEvaluator.RawDocuments(cluster), new BriefOptions { Budget = budget with { CutLast = true }, Summarizer = options }).Brief;
        var summary = SummaryText.Fit(brief?.Summary.Select(s => s.Sentence) ?? [], budget);
        var rouge = RougeScorer.ScoreAgainstAll(summary, cluster.References);
        return (rouge["rouge1"].Fmeasure, rouge["rouge2"].Fmeasure);
    }

    private static string Describe(SummarizerOptions o) => string.Create(CultureInfo.InvariantCulture,
        $"antecedent {o.AntecedentFactor}{(o.PairWithAntecedent ? "+pair" : "")} teaser {o.TeaserMaxWords} meaning {Knob(o.MeaningRedundancy)} claim {Knob(o.ClaimContainment)}");

    private static string Knob(double? value) => value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "off";

    private static double Sd(List<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Count - 1));
    }
}
