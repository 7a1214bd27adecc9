using System.Diagnostics;
using Chorus.Core.Clustering;
using Chorus.Core.Documents;
using Chorus.Core.Extraction;
using Chorus.Core.Storage;

namespace Chorus.Core.Pipeline;

/// <summary>Time spent in each stage of ingest, summed over batches (the three overlap in <see cref="IngestPipeline.IngestAll"/>).</summary>
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
    private Task<BatchResult>? writing;

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

    public IngestTimings Timings => new(TimeSpan.FromTicks(Interlocked.Read(ref readTicks)), TimeSpan.FromTicks(clusterTicks), TimeSpan.FromTicks(Interlocked.Read(ref writeTicks)));

    public RunTotals Totals => new(added, alreadyStored, copies, newStories, warnings);

    public BatchResult IngestBatch(IReadOnlyList<RawDocument> documents) => Commit(Read(documents, Environment.ProcessorCount));

    /// <summary>A batch prepared by another process (a node's intake chunk), committed with its intake mark.</summary>
    internal BatchResult IngestPrepared(PreparedBatch batch, IntakeMark mark) => Commit(batch, mark);

    /// <summary>
    /// Ingests batch after batch in three stages that overlap: the next batch is read (cleaned, prepared) on other
    /// threads while this one is clustered here and the previous one is written on another thread. Clustering is
    /// sequential and so is the store, but the two no longer wait for each other. The store's writes stay in order,
    /// one at a time; each result is yielded once its batch is committed, and a write that fails surfaces here.
    /// </summary>
    public IEnumerable<BatchResult> IngestAll(IEnumerable<IReadOnlyList<RawDocument>> batches)
    {
        AwaitWrite();
        Task<PreparedBatch>? reading = null;
        StagedBatch? staged = null;
        using var source = batches.GetEnumerator();
        while (true)
        {
            var more = source.MoveNext();
            var documents = more ? source.Current : [];
            var next = more ? Task.Run(() => Read(documents, Environment.ProcessorCount - 1)) : null;
            if (reading is not null)
            {
                var prepared = reading.GetAwaiter().GetResult();
                var written = AwaitWrite();
                // The store is idle between two writes: this is when it is asked which ids it holds, so the ingest
                // thread and the writer never use its connection at once. The staged batch is not written yet.
                var stored = StoredAmong(prepared, staged);
                if (staged is not null)
                {
                    var toWrite = staged;
                    writing = Task.Run(() => Write(toWrite));
                    staged = null;
                }

                // Yielded with nothing clustered and unwritten: a caller that stops here leaves the state whole.
                if (written is not null)
                {
                    yield return written;
                }

                staged = Cluster(prepared, stored, detach: true);
            }

            reading = next;
            if (!more)
            {
                break;
            }
        }

        var before = AwaitWrite();
        if (staged is not null)
        {
            var toWrite = staged;
            writing = Task.Run(() => Write(toWrite));
        }

        if (before is not null)
        {
            yield return before;
        }

        if (AwaitWrite() is { } last)
        {
            yield return last;
        }
    }

    /// <summary>Closes the run once every batch is written: quiet stories are closed and saved, totals recorded.</summary>
    public RunTotals Finish()
    {
        AwaitWrite();
        clusterer.CloseQuietStories();
        var now = clock();
        store.CommitBatch(new BatchWrite(runId, [], clusterer.TakeChanges(), now));
        store.FinishRun(runId, Totals, now);
        lease.Dispose();
        return Totals;
    }

    /// <summary>Lets another writer in once a write under way ends; a run left unfinished keeps its committed batches.</summary>
    public void Dispose()
    {
        try
        {
            writing?.Wait();
        }
        catch (AggregateException)
        {
            // A run abandoned by an exception of its own (or by a caller that stopped reading its results before
            // Finish): that exception is the one to report, and the failed batch was not committed.
        }

        lease.Dispose();
    }

    private PreparedBatch Read(IReadOnlyList<RawDocument> documents, int threads)
    {
        var started = Stopwatch.GetTimestamp();
        var batch = BatchPreparer.Prepare(documents, clock(), clusterer.Prepare, threads, extraction);
        Interlocked.Add(ref readTicks, Stopwatch.GetElapsedTime(started).Ticks);

        return batch;
    }

    private BatchResult Commit(PreparedBatch batch, IntakeMark? mark = null)
    {
        AwaitWrite();
        return Account(Write(Cluster(batch, StoredAmong(batch, null), detach: false, mark)));
    }

    /// <summary>The ids of the batch that are stored, or in the batch clustered before it and not written yet.</summary>
    private IReadOnlySet<string> StoredAmong(PreparedBatch batch, StagedBatch? unwritten)
    {
        var started = Stopwatch.GetTimestamp();
        var ids = batch.Articles.Select(a => a.Article.Id).ToList();
        var stored = store.Existing(ids);
        if (unwritten is not null)
        {
            var pending = unwritten.Write.Articles.Select(a => a.Article.Id).ToHashSet(StringComparer.Ordinal);
            stored = ids.Where(id => stored.Contains(id) || pending.Contains(id)).ToHashSet(StringComparer.Ordinal);
        }

        clusterTicks += Stopwatch.GetElapsedTime(started).Ticks;
        return stored;
    }

    /// <param name="detach">Whether the batch is written while later ones are clustered: the stories it writes are then copies.</param>
    private StagedBatch Cluster(PreparedBatch batch, IReadOnlySet<string> stored, bool detach, IntakeMark? mark = null)
    {
        var started = Stopwatch.GetTimestamp();
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

        // Articles of this batch whose story merged into another later in the batch are stored in the survivor.
        toStore = toStore.Select(a => a with { Assignment = a.Assignment with { StoryId = clusterer.Resolve(a.Assignment.StoryId) } }).ToList();
        var changes = clusterer.TakeChanges();
        var write = new BatchWrite(runId, toStore, detach ? changes.Detached() : changes, batch.IngestedUtc) { Intake = mark };
        var result = new BatchResult(batch.Documents, toStore.Count, batch.Articles.Count - fresh.Count, batchCopies, batchNew, fresh.Count(a => a.Undated), batch.Problems);
        clusterTicks += Stopwatch.GetElapsedTime(started).Ticks;
        return new StagedBatch(write, result);
    }

    private BatchResult Write(StagedBatch staged)
    {
        var started = Stopwatch.GetTimestamp();
        store.CommitBatch(staged.Write);
        Interlocked.Add(ref writeTicks, Stopwatch.GetElapsedTime(started).Ticks);
        return staged.Result;
    }

    /// <summary>Waits for the write under way, if any: its result once committed, or its exception as thrown.</summary>
    private BatchResult? AwaitWrite()
    {
        if (writing is null)
        {
            return null;
        }

        var pending = writing;
        writing = null;
        return Account(pending.GetAwaiter().GetResult());
    }

    /// <summary>Adds a committed batch to the run's totals.</summary>
    private BatchResult Account(BatchResult result)
    {
        added += result.Added;
        alreadyStored += result.AlreadyStored;
        copies += result.Copies;
        newStories += result.NewStories;
        warnings += result.Problems.Count;
        return result;
    }

    /// <summary>A clustered batch and what it did, to be written.</summary>
    private sealed record StagedBatch(BatchWrite Write, BatchResult Result);
}
