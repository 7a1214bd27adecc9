using Chorus.Core.Documents;

namespace Chorus.Core.Summarization;

/// <summary>A sentence of one source that says what a summary sentence says.</summary>
public sealed record Attribution(string ArticleId, int SentenceIndex, TextSpan Span, string Text, double Similarity);

/// <summary>
/// A summary sentence, the independent sources that report it, and every source sentence that matches it
/// (the chosen one first, with similarity 1).
/// </summary>
public sealed record SummarySentence(Sentence Sentence, int IndependentSources, IReadOnlyList<Attribution> Attributions)
{
    /// <summary>Chosen although it is longer than the whole budget: no sentence that stands alone was short enough.</summary>
    public bool OverBudget { get; init; }
}
