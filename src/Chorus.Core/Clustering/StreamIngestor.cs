using System.Diagnostics;
using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;

namespace Chorus.Core.Clustering;

/// <summary>What one batch did.</summary>
/// <summary>Time spent in each stage of ingest, summed over batches.</summary>
public sealed record IngestTimings(TimeSpan Clean, TimeSpan Prepare, TimeSpan Cluster, TimeSpan Store);

public sealed record IngestBatchResult(int Added, int AlreadyStored, int Copies, int NewStories, int Undated, IReadOnlyList<InputProblem> Problems);

/// <summary>
/// Ingests raw documents into a store batch by batch: clean (the brief's <see cref="ArticleReader"/>), skip
/// articles already stored, order by published time (undated ones take the ingest time, marked as such), cluster
/// in that order, then write the batch and the clusterer's state in one transaction. A run killed mid-way leaves
/// every committed batch whole; running again adds only what is missing.
/// </summary>
public sealed class StreamIngestor
{
    private readonly IStoryStore store;
    private readonly StreamClusterer clusterer;
    private readonly Func<DateTime> clock;
    private readonly long runId;
    private int added, alreadyStored, copies, newStories, warnings;
    private TimeSpan clean, prepare, cluster, write;

    public StreamIngestor(IStoryStore store, IReadOnlyList<string> sources, ClusteringOptions? options = null, Func<DateTime>? clock = null)
    {
        this.store = store;
        this.clock = clock ?? (() => DateTime.UtcNow);
        clusterer = new StreamClusterer(options, store.LoadClusterState());
        runId = store.StartRun(sources, this.clock());
    }

    public int OpenStories => clusterer.OpenStories;

    public IngestTimings Timings => new(clean, prepare, cluster, write);

    public RunTotals Totals => new(added, alreadyStored, copies, newStories, warnings);

    public IngestBatchResult IngestBatch(IReadOnlyList<RawDocument> documents)
    {
        var problems = new List<InputProblem>();
        var started = Stopwatch.GetTimestamp();
        var articles = CleanInParallel(documents, problems);
        clean += Stopwatch.GetElapsedTime(started);
        var rawByOrigin = new Dictionary<string, RawDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            rawByOrigin.TryAdd(document.Origin, document);
        }

        var stored = store.Existing(articles.Select(a => a.Id).ToList());
        var fresh = articles.Where(a => !stored.Contains(a.Id)).ToList();
        var now = clock();
        var timed = fresh
            .Select((article, order) => (Article: article, Order: order, Time: PublishedTime(article.Published), Raw: rawByOrigin[article.Origin]))
            .Select(x => (x.Article, x.Order, Time: x.Time ?? now, Undated: x.Time is null, x.Raw))
            .OrderBy(x => x.Time).ThenBy(x => x.Order)
            .ToList();

        started = Stopwatch.GetTimestamp();
        var prepared = new (PreparedDocument Prepared, IReadOnlyList<Sentence> Sentences)[timed.Count];
        Parallel.For(0, timed.Count, i =>
        {
            var a = timed[i].Article;
            var document = new ClusterDocument(a.Id, a.Title, a.Text, timed[i].Time) { Outlet = a.Outlet.Name, TimeIsKnown = !timed[i].Undated };
            prepared[i] = (clusterer.Prepare(document), BriefPipeline.SentencesOf(a));
        });

        prepare += Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();
        var toStore = new List<ArticleToStore>(timed.Count);
        int batchCopies = 0, batchNew = 0;
        for (var i = 0; i < timed.Count; i++)
        {
            var assignment = clusterer.Add(prepared[i].Prepared);
            batchCopies += assignment.Kind == JoinKind.Copy ? 1 : 0;
            batchNew += assignment.Kind == JoinKind.New ? 1 : 0;
            toStore.Add(new ArticleToStore(timed[i].Article, timed[i].Raw, prepared[i].Sentences, timed[i].Time, timed[i].Undated, assignment));
        }

        cluster += Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();
        // Articles of this batch whose story merged into another later in the batch are stored in the survivor.
        toStore = toStore.Select(a => a with { Assignment = a.Assignment with { StoryId = clusterer.Resolve(a.Assignment.StoryId) } }).ToList();
        store.CommitBatch(new StoreBatch(runId, toStore, clusterer.TakeChanged(), clusterer.TakeMerges(), clusterer.TakeFrequencyDelta(),
            clusterer.Documents, clusterer.NextStoryId, clusterer.StreamTime, now));
        write += Stopwatch.GetElapsedTime(started);

        var duplicatesOfStored = articles.Count - fresh.Count;
        added += toStore.Count;
        alreadyStored += duplicatesOfStored;
        copies += batchCopies;
        newStories += batchNew;
        warnings += problems.Count;
        return new IngestBatchResult(toStore.Count, duplicatesOfStored, batchCopies, batchNew, timed.Count(t => t.Undated), problems);
    }

    /// <summary>Closes the run: quiet stories are closed and saved, totals recorded.</summary>
    public RunTotals Finish()
    {
        clusterer.CloseQuietStories();
        var now = clock();
        store.CommitBatch(new StoreBatch(runId, [], clusterer.TakeChanged(), clusterer.TakeMerges(), clusterer.TakeFrequencyDelta(),
            clusterer.Documents, clusterer.NextStoryId, clusterer.StreamTime, now));
        store.FinishRun(runId, Totals, now);
        return Totals;
    }

    /// <summary>
    /// The brief's <see cref="ArticleReader"/> over halves of the batch on two threads (cleaning is the slowest
    /// stage and single-threaded); an article whose text already came earlier in the batch is counted once.
    /// </summary>
    private static List<Article> CleanInParallel(IReadOnlyList<RawDocument> documents, List<InputProblem> problems)
    {
        var parts = documents.Count < 64 ? [documents.ToArray()] : documents.Chunk((documents.Count + 1) / 2).ToArray();
        var results = new (List<Article> Articles, List<InputProblem> Problems)[parts.Length];
        Parallel.For(0, parts.Length, i =>
        {
            var partProblems = new List<InputProblem>();
            results[i] = (ArticleReader.ReadAll(parts[i], partProblems), partProblems);
        });

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var articles = new List<Article>();
        foreach (var (partArticles, partProblems) in results)
        {
            problems.AddRange(partProblems);
            foreach (var article in partArticles)
            {
                if (seen.TryGetValue(article.Id, out var first))
                {
                    problems.Add(new InputProblem(article.Origin, $"same text as {first}; counted once"));
                }
                else
                {
                    seen[article.Id] = article.Origin;
                    articles.Add(article);
                }
            }
        }

        return articles;
    }

    /// <summary>The instant an article counts as published: its stated date and time (midnight UTC for a bare date).</summary>
    public static DateTime? PublishedTime(ArticleDate? published) =>
        published is null ? null : new DateTime(published.Date, published.Time ?? TimeOnly.MinValue, DateTimeKind.Utc);
}
