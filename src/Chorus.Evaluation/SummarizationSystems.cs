using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Summarization;
using Chorus.Evaluation.Baselines;

namespace Chorus.Evaluation;

/// <summary>The systems <c>chorus eval summarize</c> knows: our baselines, the Chorus summarizer, and the published outputs of a data set.</summary>
public static class SummarizationSystems
{
    /// <summary>
    /// <c>chorus brief</c> itself: the cluster's raw texts through <see cref="BriefPipeline"/> with the brief's default
    /// options (reading, cleaning, copies, sentences, summarizer, credits), under the data set's length rule; the stages
    /// after the summary (facts, coverage) are skipped (<see cref="BriefOptions.SummaryOnly"/>): they do not change it.
    /// </summary>
    public const string Chorus = "chorus";

    /// <summary>The same summarizer with <see cref="SummarizerOptions.ForNewswireEvaluation"/>, the settings tuned on DUC 2004 val.</summary>
    public const string ChorusNewswire = "chorus-newswire";

    /// <summary>
    /// The system every other is compared with (paired bootstrap): the tuned newswire configuration, whose margins
    /// over the baselines and published systems docs/EVALUATION.md reports.
    /// </summary>
    public const string Reference = ChorusNewswire;

    /// <summary>Our systems in table order: baselines, then Chorus as briefs run it and as tuned for newswire, then the oracle ceiling.</summary>
    public static IReadOnlyList<SystemSpec> Ours() =>
    [
        new("random", _ => new RandomSummarizer()),
        new("lead", _ => new LeadSummarizer()),
        new("textrank", _ => new TextRankSummarizer()),
        new("lexrank", _ => new LexRankSummarizer()),
        new("centroid", _ => new CentroidSummarizer()),
        new("mmr", _ => new MmrSummarizer()),
        new(Chorus, null) { Brief = BriefSummary },
        new(ChorusNewswire, _ => new CorroborationSummarizer(SummarizerOptions.ForNewswireEvaluation)),
        new("oracle", c => new GreedyOracleSummarizer(c.References)),
    ];

    /// <summary>The summary sentences of the brief <c>chorus brief</c> writes of the cluster's raw texts, under <paramref name="budget"/>.</summary>
    public static IReadOnlyList<Sentence> BriefSummary(SummarizationCluster cluster, SummaryBudget budget) =>
        BriefPipeline.Run(SummarizationEvaluator.RawDocuments(cluster), new BriefOptions { Budget = budget, SummaryOnly = true }).Brief?.Summary
            .Select(s => s.Sentence).ToList() ?? [];

    public static IReadOnlyList<SystemSpec> Published(SummarizationDataSet data) =>
        data.Published.Select(p => p.System).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(s => new SystemSpec(SummarizationEvaluator.PublishedPrefix + s, null))
            .ToList();

    /// <summary>
    /// The systems a comma-separated selection names (case-insensitive); "published" names every published system.
    /// Unknown names are returned so the caller can report them.
    /// </summary>
    public static (List<SystemSpec> Systems, List<string> Unknown) Select(IReadOnlyList<SystemSpec> all, string? selection)
    {
        if (string.IsNullOrWhiteSpace(selection))
        {
            return ([.. all], []);
        }

        var names = selection.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => !n.Equals("published", StringComparison.OrdinalIgnoreCase)
            && !all.Any(s => s.Name.Equals(n, StringComparison.OrdinalIgnoreCase))).ToList();
        var chosen = all.Where(s => names.Any(n => s.Name.Equals(n, StringComparison.OrdinalIgnoreCase)
            || (s.IsPublished && n.Equals("published", StringComparison.OrdinalIgnoreCase)))).ToList();
        return (chosen, unknown);
    }
}
