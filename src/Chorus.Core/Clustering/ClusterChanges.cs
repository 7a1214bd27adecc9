namespace Chorus.Core.Clustering;

/// <summary>One story folded into another: articles of <see cref="From"/> now belong to <see cref="Into"/>.</summary>
public readonly record struct StoryMerge(long From, long Into);

/// <summary>
/// Everything the clusterer changed since it last handed its changes over: the stories created or changed, the
/// merges, the document-frequency increments and its counters. A store writes it as it is, in the same transaction as
/// the articles that caused it, so the saved state always matches the saved articles.
/// </summary>
public sealed record ClusterChanges(
    IReadOnlyList<StoryProfile> ChangedStories,
    IReadOnlyList<StoryMerge> Merges,
    IReadOnlyDictionary<string, int> FrequencyDelta,
    long Documents,
    long NextStoryId,
    DateTime StreamTime)
{
    /// <summary>The embedder that made the changed stories' dense vectors (null: none), saved with them.</summary>
    public string? Representation { get; init; }
}
