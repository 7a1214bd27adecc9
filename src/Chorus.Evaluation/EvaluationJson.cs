using System.Text;
using System.Text.Json;
using Chorus.Core.Rendering;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation;

/// <summary>JSON output of the evaluations: camelCase, top-level schemaVersion, byte-stable apart from measured speeds.</summary>
public static class EvaluationJson
{
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Document = JsonOutput.Options(EvaluationJsonContext.Default, indented: true);

    private static readonly JsonSerializerOptions Lines = JsonOutput.Options(EvaluationJsonContext.Default, indented: false);

    /// <summary>One line of <c>chorus eval rouge</c>: the case id (when given), its line, and its scores.</summary>
    public static string ScoreLine(RougePair pair, RougeScores scores) => JsonOutput.Line(
        new ScoreLineDto(pair.Id, pair.LineNumber, new VariantsDto<ScoreDto>(Score(scores.Rouge1), Score(scores.Rouge2), Score(scores.RougeL), Score(scores.RougeLsum))),
        Lines);

    /// <summary>
    /// The report of <c>chorus eval summarize</c>; each system compared with the reference configuration carries the
    /// comparison as <c>versusChorus</c>.
    /// </summary>
    public static string Report(string data, SummaryBudget budget, IReadOnlyList<SystemEvaluation> systems, string reference, IReadOnlyList<PairedComparison> comparisons)
    {
        var byOther = comparisons.ToDictionary(c => c.Other, StringComparer.Ordinal);
        return JsonOutput.Document(
            new SummarizationReportDto(SchemaVersion, data, budget.Words, budget.Bytes, systems.Select(s => System(s, byOther.GetValueOrDefault(s.Name))).ToList())
            {
                Reference = byOther.Count > 0 ? reference : null,
            },
            Document);
    }

    /// <summary>Every summary the systems wrote, one JSON line each: system, cluster id, summary text.</summary>
    public static string SummaryLines(IEnumerable<SystemEvaluation> systems)
    {
        var lines = new StringBuilder();
        foreach (var system in systems)
        {
            foreach (var cluster in system.Clusters)
            {
                lines.Append(JsonOutput.Line(new SummaryLineDto(system.Name, cluster.ClusterId, cluster.Summary, cluster.Scores.Rouge1.Fmeasure, cluster.Scores.Rouge2.Fmeasure), Lines)).Append('\n');
            }
        }

        return lines.ToString();
    }

    /// <summary>The report of <c>chorus eval facts</c>: scores per kind, with what was missed and what was wrong.</summary>
    public static string FactsReport(string labels, IReadOnlyList<FactKindScore> scores) => JsonOutput.Document(
        new FactsReportDto(SchemaVersion, labels, scores.Select(s => new FactKindDto(s.Kind, Math.Round(s.Precision, 4), Math.Round(s.Recall, 4), Math.Round(s.F1, 4), s.Correct, s.Found, s.Expected, s.Missed, s.Wrong)).ToList()),
        Document);

    /// <summary>The report of <c>chorus eval cluster</c>: the scores, the speed and the main thresholds used.</summary>
    public static string ClusteringReport(ClusteringEvaluationResult result)
    {
        var s = result.Scores;
        var o = result.Options;
        return JsonOutput.Document(
            new ClusteringReportDto(
                SchemaVersion,
                result.Data,
                result.Articles,
                new PrecisionRecallDto(Math.Round(s.BCubed.Precision, 6), Math.Round(s.BCubed.Recall, 6), Math.Round(s.BCubed.F1, 6)),
                Math.Round(s.PairwiseF1, 6),
                Math.Round(s.AdjustedRandIndex, 6),
                s.GoldClusters,
                s.FoundClusters,
                Math.Round(result.ArticlesPerSecond, 1),
                new ThresholdsDto(o.MinScore, o.ShortTextMinScore, o.MergeScore, o.EntityWeight, o.DecayHalfLifeHours, o.CloseAfterHours, o.Representation.ToString().ToLowerInvariant(), o.DenseWeight, o.LongTextDenseWeight)),
            Document);
    }

    private static ScoreDto Score(RougeScore s) => new(s.Precision, s.Recall, s.Fmeasure);

    private static SystemDto System(SystemEvaluation system, PairedComparison? comparison)
    {
        AggregateDto Aggregate(string name)
        {
            var a = system.Aggregates[name];
            return new AggregateDto(a.Precision, a.Recall, a.Fmeasure, a.FmeasureLow, a.FmeasureHigh);
        }

        return new SystemDto(system.Name, system.IsPublished, system.Clusters.Count, Aggregate("rouge1"), Aggregate("rouge2"), Aggregate("rougeL"), Aggregate("rougeLsum"))
        {
            VersusChorus = comparison is { } c
                ? new ComparisonDto(
                    c.Clusters,
                    c.Rouge1Delta.Mean,
                    c.Rouge1Delta.Low,
                    c.Rouge1Delta.High,
                    c.Rouge1BeyondHalfWidth,
                    c.Rouge2Delta.Mean,
                    c.Rouge2Delta.Low,
                    c.Rouge2Delta.High,
                    c.Rouge2BeyondHalfWidth)
                : null,
        };
    }
}
