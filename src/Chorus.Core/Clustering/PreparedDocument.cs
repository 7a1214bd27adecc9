namespace Chorus.Core.Clustering;

/// <summary>
/// An article with everything the clusterer computes from its text alone (terms, entities, shingles, MinHash
/// signature, dense embedding). Preparing is pure, so a batch can be prepared in parallel and then assigned in
/// arrival order.
/// </summary>
public sealed record PreparedDocument(ClusterDocument Document, DocumentFeatures Features, ulong[] Shingles, ulong[] Signature)
{
    /// <summary>The unit vector of the article's title and lead (null when the clusterer uses no dense representation).</summary>
    public float[]? Embedding { get; init; }
}
