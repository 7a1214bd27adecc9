using Chorus.Core.Clustering;
using Chorus.Core.Documents;
using Chorus.Core.Storage;

namespace Chorus.Core.Pipeline;

/// <summary>
/// A long-lived writer that ingests small batches one run each (a server's requests, a poller's feeds), keeping its
/// clusterer between runs instead of reloading the store's state for each. Under the writer lease it first checks
/// that the clusterer is current (another process may have ingested since: the stored document count moved; or an
/// article was replaced by its update: the stories' counts moved under it) and reloads it if not; a failed run drops
/// it, since it may have moved past what was committed.
/// </summary>
public sealed class ResumingWriter(IStoryStore store, ClusteringOptions? options = null)
{
    private readonly ClusteringOptions options = options ?? new ClusteringOptions();
    private StreamClusterer? clusterer;
    private long replaced;

    /// <summary>Ingests <paramref name="documents"/> as one run; also returns where each newly stored article went.</summary>
    public (BatchResult Batch, IReadOnlyList<ArticlePlacement> Placed) Ingest(IReadOnlyList<RawDocument> documents, string source, TimeSpan? maxWait = null)
    {
        ArgumentNullException.ThrowIfNull(documents);

        // The lease comes before the staleness check: another writer's commit between the two would be missed.
        using var lease = store.AcquireWriter(maxWait: maxWait);
        var (stored, _) = store.TermFrequencies([]);
        var replacedNow = store.ArticlesReplaced();
        if (clusterer is null || clusterer.Documents != stored || replaced != replacedNow)
        {
            clusterer = IngestPipeline.Resume(store, options);
            replaced = replacedNow;
        }

        try
        {
            var before = store.LatestArticleSeq();
            using var run = new IngestPipeline(store, [source], clusterer);
            var batch = run.IngestBatch(documents);
            run.Finish();
            return (batch, store.ArticlesAddedAfter(before));
        }
        catch
        {
            clusterer = null;
            throw;
        }
    }
}
