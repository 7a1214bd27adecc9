namespace Chorus.Core.Facts;

/// <summary>Thresholds of the Facts stage, each with the reason for its value.</summary>
public sealed record FactsOptions
{
    /// <summary>
    /// Two quotes are one when this share of the shorter one's words appear, in order, in the other: outlets
    /// trim, reorder a clause or change a word, but a different statement shares far less.
    /// </summary>
    public double QuoteContainment { get; init; } = 0.8;

    /// <summary>
    /// Two sentences report the same event when this share of their content terms (Jaccard) is shared: the
    /// summarizer's cross-source matching works at 0.4 cosine, which Jaccard on short sentences roughly halves.
    /// Used to group timeline entries and claims that have no event verb.
    /// </summary>
    public double SameEventSimilarity { get; init; } = 0.3;

    /// <summary>
    /// Two dated sentences are compared for a date conflict only when this similar: a conflict claim must be
    /// about one event, so the bar is higher than for grouping the timeline.
    /// </summary>
    public double DateConflictSimilarity { get; init; } = 0.5;
}
