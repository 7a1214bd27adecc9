using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;

namespace Chorus.Core.Clustering;

/// <summary>What one batch did.</summary>
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

    public StreamIngestor(IStoryStore store, IReadOnlyList<string> sources, ClusteringOptions? options = null, Func<DateTime>? clock = null)
    {
        this.store = store;
        this.clock = clock ?? (() => DateTime.UtcNow);
        clusterer = new StreamClusterer(options, store.LoadClusterState());
        runId = store.StartRun(sources, this.clock());
    }

    public int OpenStories => clusterer.OpenStories;

    public RunTotals Totals => new(added, alreadyStored, copies, newStories, warnings);

    public IngestBatchResult IngestBatch(IReadOnlyList<RawDocument> documents)
    {
        var problems = new List<InputProblem>();
        var articles = ArticleReader.ReadAll(documents, problems);
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

        var prepared = new (PreparedDocument Prepared, IReadOnlyList<Sentence> Sentences)[timed.Count];
        Parallel.For(0, timed.Count, i =>
        {
            var a = timed[i].Article;
            var document = new ClusterDocument(a.Id, a.Title, a.Text, timed[i].Time) { Outlet = a.Outlet.Name, TimeIsKnown = !timed[i].Undated };
            prepared[i] = (clusterer.Prepare(document), BriefPipeline.SentencesOf(a));
        });

        var toStore = new List<ArticleToStore>(timed.Count);
        int batchCopies = 0, batchNew = 0;
        for (var i = 0; i < timed.Count; i++)
        {
            var assignment = clusterer.Add(prepared[i].Prepared);
            batchCopies += assignment.Kind == JoinKind.Copy ? 1 : 0;
            batchNew += assignment.Kind == JoinKind.New ? 1 : 0;
            toStore.Add(new ArticleToStore(timed[i].Article, timed[i].Raw, prepared[i].Sentences, timed[i].Time, timed[i].Undated, assignment));
        }

        store.CommitBatch(new StoreBatch(runId, toStore, clusterer.TakeChanged(), clusterer.TakeFrequencyDelta(),
            clusterer.Documents, clusterer.NextStoryId, clusterer.StreamTime, now));

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
        store.CommitBatch(new StoreBatch(runId, [], clusterer.TakeChanged(), clusterer.TakeFrequencyDelta(),
            clusterer.Documents, clusterer.NextStoryId, clusterer.StreamTime, now));
        store.FinishRun(runId, Totals, now);
        return Totals;
    }

    /// <summary>The instant an article counts as published: its stated date and time (midnight UTC for a bare date).</summary>
    public static DateTime? PublishedTime(ArticleDate? published) =>
        published is null ? null : new DateTime(published.Date, published.Time ?? TimeOnly.MinValue, DateTimeKind.Utc);
}
