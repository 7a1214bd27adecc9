using Chorus.Core.Clustering;
using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;

namespace Chorus.Core.Feeds;

/// <summary>What ingesting one feed's new articles did, with the article each document became (by its origin).</summary>
public sealed record FeedIngestResult(int Added, int AlreadyStored, IReadOnlyDictionary<string, string> ArticleByOrigin, IReadOnlyList<InputProblem> Problems);

/// <summary>Where a poller's new articles go: the ingest path of <c>chorus ingest</c>, or the server's one writer.</summary>
public interface IFeedArticleSink
{
    FeedIngestResult Ingest(IReadOnlyList<RawDocument> documents, string source);
}

/// <summary>
/// Ingests into a store through <see cref="IngestPipeline"/>, one run per feed fetch committed as one batch. The
/// clusterer is kept between feeds and reloaded when another process has ingested meanwhile.
/// </summary>
public sealed class StoreFeedSink(IStoryStore store, ClusteringOptions? options = null) : IFeedArticleSink
{
    private readonly ResumingWriter writer = new(store, options);

    public FeedIngestResult Ingest(IReadOnlyList<RawDocument> documents, string source)
    {
        var (batch, added) = writer.Ingest(documents, source);
        var placed = added.GroupBy(p => p.Origin, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ArticleId, StringComparer.Ordinal);
        return new FeedIngestResult(batch.Added, batch.AlreadyStored, placed, batch.Problems);
    }
}
