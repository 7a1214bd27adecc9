using Chorus.Core.Documents;

namespace Chorus.Core.Summarization;

/// <summary>A sentence of one source that says what a summary sentence says.</summary>
public sealed record Attribution(string ArticleId, int SentenceIndex, TextSpan Span, string Text, double Similarity);

/// <summary>
/// A sentence of another source that gives another value for what a summary sentence states: the kind of value
/// ("count", "age", "actor", "year"), the summary's value and the source's.
/// </summary>
public sealed record Dispute(string ArticleId, int SentenceIndex, TextSpan Span, string Text, string Kind, string ClaimValue, string SourceValue);

/// <summary>
/// A summary sentence, the independent sources that report it, and every source sentence that states it
/// (the chosen one first, with similarity 1).
/// </summary>
public sealed record SummarySentence(Sentence Sentence, int IndependentSources, IReadOnlyList<Attribution> Attributions)
{
    /// <summary>Sources that state another value for it, one sentence each: shown beside the credits.</summary>
    public IReadOnlyList<Dispute> Disputes { get; init; } = [];

    /// <summary>Chosen although it is longer than the whole budget: no sentence that stands alone was short enough.</summary>
    public bool OverBudget { get; init; }
}
