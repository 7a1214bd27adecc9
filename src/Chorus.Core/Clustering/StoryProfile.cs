namespace Chorus.Core.Clustering;

/// <summary>
/// What the clusterer keeps about one story: its centroid (summed log term frequencies, pruned to the heaviest
/// terms; IDF is applied at comparison time because it keeps changing), entity counts, time span and counts.
/// </summary>
public sealed class StoryProfile
{
    public StoryProfile(long id, string headline, DateTime firstSeen)
    {
        Id = id;
        Headline = headline;
        FirstSeen = firstSeen;
        LastSeen = firstSeen;
    }

    public long Id { get; }

    public string Headline { get; set; }

    public Dictionary<string, double> Terms { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Entities { get; init; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The sum of the members' dense embeddings (its direction is the story's dense centroid); null when the
    /// clusterer uses no dense representation or the story was saved under another one.
    /// </summary>
    public float[]? Dense { get; set; }

    public DateTime FirstSeen { get; set; }

    public DateTime LastSeen { get; set; }

    public int Articles { get; set; }

    /// <summary>Articles that are not copies of another: each syndication counts once.</summary>
    public int IndependentSources { get; set; }

    public bool Closed { get; set; }

    /// <summary>The centroid's TF-IDF norm, and the article count it was computed at (-1: to be computed).</summary>
    internal double WeightedNorm { get; set; }

    internal long NormStamp { get; set; } = -1;

    /// <summary>The length of <see cref="Dense"/> (0: to be computed).</summary>
    internal float DenseNorm { get; set; }

    /// <summary>Terms under which the story is currently listed in the inverted index.</summary>
    internal string[] IndexedTerms { get; set; } = [];
}

/// <summary>
/// The clusterer's state as saved in a store: open stories, document frequencies, counters, and the latest articles,
/// from which the copy window is rebuilt so that a copy of an article stored by an earlier run is still found.
/// </summary>
public sealed record ClusterSnapshot(
    IReadOnlyList<StoryProfile> OpenStories,
    IReadOnlyDictionary<string, int> DocumentFrequency,
    long Documents,
    long NextStoryId,
    DateTime StreamTime)
{
    /// <summary>The latest stored articles, oldest first.</summary>
    public IReadOnlyList<StoredArticleText> RecentArticles { get; init; } = [];

    /// <summary>
    /// The name of the embedder (<see cref="Semantic.ITextEmbedder.Name"/>) that made the stories' dense vectors; a
    /// clusterer with another one ignores them.
    /// </summary>
    public string? Representation { get; init; }
}

/// <summary>A stored article's text and the story it is in now.</summary>
public sealed record StoredArticleText(string Id, long StoryId, string? Title, string Text);
