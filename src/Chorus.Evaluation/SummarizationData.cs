using Chorus.Core.Documents;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation;

/// <summary>One article of a summarization cluster.</summary>
public sealed record ClusterArticle(int Index, string Text, string? Title, string? Source, string? Date);

/// <summary>A cluster (topic set) of articles with its human reference summaries (sentences one a line).</summary>
public sealed record SummarizationCluster(string Id, IReadOnlyList<ClusterArticle> Articles, IReadOnlyList<string> References)
{
    /// <summary>
    /// The cluster's articles exactly as <c>chorus brief</c> reads them from the data file (the same input reader), so
    /// every system is scored on the sentences a brief would see. Empty when the cluster was not read from a file.
    /// </summary>
    public IReadOnlyList<RawDocument> Raw { get; init; } = [];
}

/// <summary>A published system's summary of one cluster.</summary>
public sealed record PublishedSummary(string System, string ClusterId, string Summary);

/// <summary>A multi-document summarization data set: clusters, published outputs, the summary length rule, and what could not be read.</summary>
public sealed record SummarizationDataSet(
    string Path,
    IReadOnlyList<SummarizationCluster> Clusters,
    IReadOnlyList<PublishedSummary> Published,
    SummaryBudget DefaultBudget,
    IReadOnlyList<InputProblem> Problems);
