using System.Diagnostics;
using Chorus.Core.Clustering;
using Chorus.Core.Documents;
using Chorus.Core.Extraction;
using Chorus.Core.Storage;

namespace Chorus.Core.Pipeline;

/// <summary>Time spent in each stage of ingest, summed over batches (reading overlaps the other two in <see cref="IngestPipeline.IngestAll"/>).</summary>
public sealed record IngestTimings(TimeSpan Read, TimeSpan Cluster, TimeSpan Store);

/// <summary>What one batch did.</summary>
public sealed record BatchResult(int Documents, int Added, int AlreadyStored, int Copies, int NewStories, int Undated, IReadOnlyList<InputProblem> Problems);

/// <summary>
/// Ingests raw documents into a store batch by batch: read (clean and prepare, see <see cref="BatchPreparer"/>),
/// skip articles already stored, order by published time (undated ones take the ingest time, marked as such),
/// cluster in that order, then write the batch and the clusterer's state in one transaction. A run killed mid-way
/// leaves every committed batch whole; running again adds only what is missing. A run holds the store's writer
/// lease from loading the clusterer's state to <see cref="Finish"/>, so runs never interleave.
/// </summary>
public sealed class IngestPipeline : IDisposable
{
    private readonly IDisposable lease;
    private readonly IStoryStore store;
    private readonly StreamClusterer clusterer;
    private readonly Func<DateTime> clock;
    private readonly long runId;
    private readonly ExtractionOptions extraction;
    private int added, alreadyStored, copies, newStories, warnings;
    private long readTicks, clusterTicks, writeTicks;

    /// <param name="extraction">How HTML pages are read: pass the brief's <see cref="BriefOptions.Extraction"/> so stored stories and briefs read pages alike.</param>
    public IngestPipeline(IStoryStore store, IReadOnlyList<string> sources, ClusteringOptions? options = null, Func<DateTime>? clock = null, ExtractionOptions? extraction = null)
        : this(store, sources, () => Resume(store, options ?? new ClusteringOptions()), clock, extraction)
    {
    }

    /// <summary>
    /// A run that goes on with a clusterer already holding the store's state: a server ingesting many small
    /// requests keeps one clusterer between runs instead of reloading the state (a second at 100k articles) for each.
    /// The caller holds the writer lease (<see cref="IStoryStore.AcquireWriter"/>) from checking that the
    /// clusterer is current until this run is finished.
    /// </summary>
    public IngestPipeline(IStoryStore store, IReadOnlyList<string> sources, StreamClusterer clusterer, Func<DateTime>? clock = null, ExtractionOptions? extraction = null)
        : this(store, sources, () => clusterer, clock, extraction)
    {
    }

    private IngestPipeline(IStoryStore store, IReadOnlyList<string> sources, Func<StreamClusterer> resume, Func<DateTime>? clock, ExtractionOptions? extraction)
    {
        this.store = store;
        this.extraction = extraction ?? new ExtractionOptions();
        this.clock = clock ?? (() => DateTime.UtcNow);
        // The lease comes before the state is loaded: a writer that loaded it earlier would miss another's commits.
        lease = store.AcquireWriter();
        try
        {
            clusterer = resume();
            runId = store.StartRun(sources, this.clock());
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>A clusterer resuming from the store's saved state.</summary>
    public static StreamClusterer Resume(IStoryStore store, ClusteringOptions options) =>
        new(options, store.LoadClusterState(options.CopyWindowArticles));

    public int OpenStories => clusterer.OpenStories;

    public IngestTimings Timings => new(TimeSpan.FromTicks(Interlocked.Read(ref readTicks)), TimeSpan.FromTicks(clusterTicks), TimeSpan.FromTicks(writeTicks));

    public RunTotals Totals => new(added, alreadyStored, copies, newStories, warnings);

    public BatchResult IngestBatch(IReadOnlyList<RawDocument> documents) => Commit(Read(documents, Environment.ProcessorCount));

    /// <summary>A batch prepared by another process (a node's intake chunk), committed with its intake mark.</summary>
    internal BatchResult IngestPrepared(PreparedBatch batch, IntakeMark mark) => Commit(batch, mark);

    /// <summary>
    /// Ingests batch after batch, reading (cleaning, preparing) the next batch on other threads while this one is
    /// clustered and committed: clustering and the store are sequential, reading is not, so on two cores the two
    /// halves overlap. Reading leaves one core to the sequential half, which sets the pace. Each result is yielded
    /// once its batch is committed.
    /// </summary>
    public IEnumerable<BatchResult> IngestAll(IEnumerable<IReadOnlyList<RawDocument>> batches)
    {
        Task<PreparedBatch>? reading = null;
        foreach (var documents in batches)
        {
            var next = Task.Run(() => Read(documents, Environment.ProcessorCount - 1));
            if (reading is not null)
            {
                yield return Commit(reading.GetAwaiter().GetResult());
            }

            reading = next;
        }

        if (reading is not null)
        {
            yield return Commit(reading.GetAwaiter().GetResult());
        }
    }

    /// <summary>Closes the run: quiet stories are closed and saved, totals recorded.</summary>
    public RunTotals Finish()
    {
        clusterer.CloseQuietStories();
        var now = clock();
        store.CommitBatch(new BatchWrite(runId, [], clusterer.TakeChanges(), now));
        store.FinishRun(runId, Totals, now);
        lease.Dispose();
        return Totals;
    }

    /// <summary>Lets another writer in; a run left unfinished keeps its committed batches.</summary>
    public void Dispose() => lease.Dispose();

    private PreparedBatch Read(IReadOnlyList<RawDocument> documents, int threads)
    {
        var started = Stopwatch.GetTimestamp();
        var batch = BatchPreparer.Prepare(documents, clock(), clusterer.Prepare, threads, extraction);
        Interlocked.Add(ref readTicks, Stopwatch.GetElapsedTime(started).Ticks);

        return batch;
    }

    private BatchResult Commit(PreparedBatch batch, IntakeMark? mark = null)
    {
        var started = Stopwatch.GetTimestamp();
        var stored = store.Existing(batch.Articles.Select(a => a.Article.Id).ToList());
        var fresh = batch.Articles.Where(a => !stored.Contains(a.Article.Id))
            .Select((article, order) => (Article: article, Order: order))
            .OrderBy(x => x.Article.Time).ThenBy(x => x.Order)
            .Select(x => x.Article)
            .ToList();
        var toStore = new List<ArticleToStore>(fresh.Count);
        int batchCopies = 0, batchNew = 0;
        foreach (var article in fresh)
        {
            var assignment = clusterer.Add(article.Prepared);
            batchCopies += assignment.Kind == JoinKind.Copy ? 1 : 0;
            batchNew += assignment.Kind == JoinKind.New ? 1 : 0;
            toStore.Add(new ArticleToStore(article.Article, article.Raw, article.Sentences, article.Time, article.Undated, assignment));
        }

        var clustered = Stopwatch.GetTimestamp();
        // Articles of this batch whose story merged into another later in the batch are stored in the survivor.
        toStore = toStore.Select(a => a with { Assignment = a.Assignment with { StoryId = clusterer.Resolve(a.Assignment.StoryId) } }).ToList();
        store.CommitBatch(new BatchWrite(runId, toStore, clusterer.TakeChanges(), batch.IngestedUtc) { Intake = mark });
        clusterTicks += Stopwatch.GetElapsedTime(started, clustered).Ticks;
        writeTicks += Stopwatch.GetElapsedTime(clustered).Ticks;

        var duplicatesOfStored = batch.Articles.Count - fresh.Count;
        added += toStore.Count;
        alreadyStored += duplicatesOfStored;
        copies += batchCopies;
        newStories += batchNew;
        warnings += batch.Problems.Count;
        return new BatchResult(batch.Documents, toStore.Count, duplicatesOfStored, batchCopies, batchNew, fresh.Count(a => a.Undated), batch.Problems);
    }
}
