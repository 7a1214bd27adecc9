using System.Diagnostics;
using Chorus.Core.Summarization;
using Chorus.Core.Text;

namespace Chorus.Evaluation;

/// <summary>A system to evaluate: one of ours (built per cluster, so the oracle can see the references) or a published one.</summary>
public sealed record SystemSpec(string Name, Func<SummarizationCluster, ISummarizer>? Create)
{
    public bool IsPublished => Create is null;
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

    /// <summary>The cluster's articles as summarizer documents, split with the same sentence reader as briefs.</summary>
    public static List<SummaryDocument> Documents(SummarizationCluster cluster) =>
        cluster.Articles.Select(a =>
        {
            var id = $"{cluster.Id}/D{a.Index}";
            return new SummaryDocument(id, a.Source ?? id, SentenceReader.Read(id, NewswireText.Clean(a.Text)));
        }).ToList();

    public static SystemEvaluation Evaluate(SummarizationDataSet data, SystemSpec system, SummaryBudget budget, Action? clusterDone = null)
    {
        var clock = Stopwatch.StartNew();
        var scores = new List<ClusterResult>();
        var published = system.IsPublished
            ? data.Published.Where(p => PublishedPrefix + p.System == system.Name).ToDictionary(p => p.ClusterId, p => p.Summary, StringComparer.Ordinal)
            : null;
        foreach (var cluster in data.Clusters)
        {
            string? summary;
            if (published is not null)
            {
                published.TryGetValue(cluster.Id, out summary);
            }
            else
            {
                var summarizer = system.Create!(cluster);
                summary = SummaryText.Fit(summarizer.Summarize(Documents(cluster), budget with { CutLast = true }), budget);
            }

            if (summary is not null)
            {
                scores.Add(new ClusterResult(cluster.Id, summary, RougeScorer.ScoreAgainstAll(summary, cluster.References)));
            }

            clusterDone?.Invoke();
        }

        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
        return new SystemEvaluation(system.Name, system.IsPublished, scores, Aggregate(scores.Select(s => s.Scores).ToList()), data.Clusters.Count / seconds);
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
