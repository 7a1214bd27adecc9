using System.Diagnostics;
using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation;

/// <summary>
/// A system to evaluate: one of ours (built per cluster, so the oracle can see the references), the brief pipeline
/// itself (<see cref="Brief"/>: raw texts in, summary sentences out), or a published one.
/// </summary>
public sealed record SystemSpec(string Name, Func<SummarizationCluster, ISummarizer>? Create)
{
    /// <summary>Set for the system that reads the cluster's raw texts itself, as <c>chorus brief</c> does.</summary>
    public Func<SummarizationCluster, SummaryBudget, IReadOnlyList<Sentence>>? Brief { get; init; }

    public bool IsPublished => Create is null && Brief is null;
}

/// <summary>Mean precision and recall over clusters, mean F1 with its bootstrap interval.</summary>
public sealed record RougeAggregate(double Precision, double Recall, double Fmeasure, double FmeasureLow, double FmeasureHigh)
{
    public double HalfWidth => (FmeasureHigh - FmeasureLow) / 2;
}

/// <summary>A system's summary of one cluster and its scores (mean over the references).</summary>
public sealed record ClusterResult(string ClusterId, string Summary, RougeScores Scores);

/// <summary>One system's scores: per cluster (mean over references) and aggregated, with its speed.</summary>
public sealed record SystemEvaluation(
    string Name,
    bool IsPublished,
    IReadOnlyList<ClusterResult> Clusters,
    IReadOnlyDictionary<string, RougeAggregate> Aggregates,
    double ClustersPerSecond);

/// <summary>
/// Scores systems on a summarization data set as DUC is scored: each summary against every reference with
/// rouge_score, averaged over the references, then over the clusters, with bootstrap intervals over clusters.
/// </summary>
public static class SummarizationEvaluator
{
    public const string PublishedPrefix = "published:";

    /// <summary>
    /// The cluster's articles as summarizer documents, read as briefs read them: the same cleaning (hard-wrapped lines
    /// joined, wire quotes, datelines) and the same sentences (<see cref="BriefPipeline.SentencesOf"/>).
    /// </summary>
    public static List<SummaryDocument> Documents(SummarizationCluster cluster) =>
        BriefPipeline.SummaryDocumentsOf(RawDocuments(cluster));

    /// <summary>The cluster's raw articles: as read from its data file, or (a cluster built in memory) as the JSONL reader would make them.</summary>
    public static IReadOnlyList<RawDocument> RawDocuments(SummarizationCluster cluster) =>
        cluster.Raw.Count > 0
            ? cluster.Raw
            : cluster.Articles.Select(a => new RawDocument($"{cluster.Id}#{a.Index}", a.Text, ContentKind.PlainText)
            {
                TitleHint = a.Title,
                OutletHint = a.Source,
                DateHint = a.Date,
            }).ToList();

    /// <summary>
    /// Scores <paramref name="system"/> on every cluster. Its clusters/s are timed after it has summarized the first
    /// cluster once untimed: the first run of any code in a process compiles it, so without this the first system of
    /// a run (random, a shuffle) showed a quarter of lead's speed and every row paid for the rows before it or not.
    /// </summary>
    public static SystemEvaluation Evaluate(SummarizationDataSet data, SystemSpec system, SummaryBudget budget, Action? clusterDone = null)
    {
        var published = system.IsPublished
            ? data.Published.Where(p => PublishedPrefix + p.System == system.Name).ToDictionary(p => p.ClusterId, p => p.Summary, StringComparer.Ordinal)
            : null;
        if (published is null && data.Clusters.Count > 0)
        {
            SummaryOf(system, data.Clusters[0], budget, null);
        }

        var clock = Stopwatch.StartNew();
        var scores = new List<ClusterResult>();
        foreach (var cluster in data.Clusters)
        {
            if (SummaryOf(system, cluster, budget, published) is { } summary)
            {
                scores.Add(new ClusterResult(cluster.Id, summary, RougeScorer.ScoreAgainstAll(summary, cluster.References)));
            }

            clusterDone?.Invoke();
        }

        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
        return new SystemEvaluation(system.Name, system.IsPublished, scores, Aggregate(scores.Select(s => s.Scores).ToList()), data.Clusters.Count / seconds);
    }

    /// <summary>The system's summary of a cluster, cut to the budget; a published system's as given, or null when it has none.</summary>
    private static string? SummaryOf(SystemSpec system, SummarizationCluster cluster, SummaryBudget budget, Dictionary<string, string>? published)
    {
        if (published is not null)
        {
            return published.GetValueOrDefault(cluster.Id);
        }

        if (system.Brief is { } brief)
        {
            return SummaryText.Fit(brief(cluster, budget with { CutLast = true }), budget);
        }

        var summarizer = system.Create!(cluster);
        return SummaryText.Fit(summarizer.Summarize(Documents(cluster), budget with { CutLast = true }), budget);
    }

    public static Dictionary<string, RougeAggregate> Aggregate(IReadOnlyList<RougeScores> perCluster)
    {
        var result = new Dictionary<string, RougeAggregate>(StringComparer.Ordinal);
        foreach (var name in RougeScores.Names)
        {
            var f = perCluster.Select(s => s[name].Fmeasure).ToList();
            var interval = Bootstrap.Interval(f);
            result[name] = new RougeAggregate(
                perCluster.Count == 0 ? 0 : perCluster.Average(s => s[name].Precision),
                perCluster.Count == 0 ? 0 : perCluster.Average(s => s[name].Recall),
                interval.Mean, interval.Low, interval.High);
        }

        return result;
    }
}
