namespace Chorus.Core.Clustering;

/// <summary>
/// An article with everything the clusterer computes from its text alone (terms, entities, shingles, MinHash
/// signature). Preparing is pure, so a batch can be prepared in parallel and then assigned in arrival order.
/// </summary>
public sealed record PreparedDocument(ClusterDocument Document, DocumentFeatures Features, ulong[] Shingles, ulong[] Signature);
