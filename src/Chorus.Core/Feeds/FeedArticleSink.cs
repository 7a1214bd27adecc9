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
public sealed class StoreFeedSink(SqliteStoryStore store, ClusteringOptions? options = null) : IFeedArticleSink
{
    private readonly ClusteringOptions options = options ?? new ClusteringOptions();
    private StreamClusterer? clusterer;

    public FeedIngestResult Ingest(IReadOnlyList<RawDocument> documents, string source)
    {
        ArgumentNullException.ThrowIfNull(documents);

        // The lease comes before the staleness check: another writer's commit between the two would be missed.
        using var lease = store.AcquireWriter();
        var (stored, _) = store.TermFrequencies([]);
        if (clusterer is null || clusterer.Documents != stored)
        {
            clusterer = IngestPipeline.Resume(store, options);
        }

        try
        {
            var before = store.LatestArticleSeq();
            using var run = new IngestPipeline(store, [source], clusterer);
            var batch = run.IngestBatch(documents);
            run.Finish();
            var placed = store.ArticlesAddedAfter(before).GroupBy(p => p.Origin, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ArticleId, StringComparer.Ordinal);
            return new FeedIngestResult(batch.Added, batch.AlreadyStored, placed, batch.Problems);
        }
        catch
        {
            clusterer = null;
            throw;
        }
    }
}
