using Chorus.Core.Clustering;

namespace Chorus.Core.Storage;

/// <summary>
/// The store of articles, sentences, copies, stories and runs: a SQLite file (<see cref="SqliteStoryStore"/>) or a
/// PostgreSQL database (<see cref="PostgresStoryStore"/>); <see cref="StoreLocation.Open"/> picks one from <c>--db</c>.
/// </summary>
public interface IStoryStore : IFeedStore, IDisposable
{
    /// <summary>What names the store in messages: the file's path, or the connection with its password masked.</summary>
    string Path { get; }

    /// <summary>Opened for reading only: callers skip what they would keep (briefs).</summary>
    bool IsReadOnly { get; }

    int SchemaVersion { get; }

    /// <summary>Caps what one connection caches (a server holds one per concurrent reader); a no-op where the server manages memory.</summary>
    void LimitPageCache(int megabytes);

    /// <summary>The outlets of each story, the one with most articles first.</summary>
    IReadOnlyDictionary<long, IReadOnlyList<OutletCount>> OutletsOf(IReadOnlyList<long> storyIds);

    /// <summary>The ids among <paramref name="articleIds"/> that are already stored.</summary>
    IReadOnlySet<string> Existing(IReadOnlyCollection<string> articleIds);

    /// <summary>
    /// The clustering state to resume from: open stories, document frequencies, counters, and the latest
    /// <paramref name="recentArticles"/> articles for the copy window.
    /// </summary>
    ClusterSnapshot LoadClusterState(int recentArticles);

    /// <summary>
    /// Takes the store's one writer lease (see <see cref="WriterLease"/>), waiting while another writer holds it;
    /// a writer loads the clusterer's state only after taking it. Re-entrant for one store object.
    /// </summary>
    IDisposable AcquireWriter(Action<string>? waiting = null, TimeSpan? maxWait = null, CancellationToken cancellation = default);

    long StartRun(IReadOnlyList<string> sources, DateTime startedUtc);

    /// <summary>Writes one batch in one transaction: all of it is stored, or none of it.</summary>
    void CommitBatch(BatchWrite batch);

    void FinishRun(long runId, RunTotals totals, DateTime finishedUtc);

    IReadOnlyList<StoryRow> Stories(StoryQuery query);

    StoryRow? Story(long storyId);

    /// <summary>The stored articles of a story, as raw documents for the brief pipeline, in arrival order.</summary>
    IReadOnlyList<StoredDocument> StoryDocuments(long storyId);

    IReadOnlyList<SearchHit> Search(string query, int limit);

    StoreCounts Counts();

    /// <summary>One page of stories in the asked order, filtered by outlet, time and text, with each story's outlets.</summary>
    StoryListPage StoryList(StoryListQuery query);

    /// <summary>The articles of a story with how each joined it, in arrival order.</summary>
    IReadOnlyList<StoryMember> StoryMembers(long storyId);

    StoredArticle? Article(string articleId);

    /// <summary>One page of articles matching a full-text query, best first, and the stories holding the best matches.</summary>
    SearchResults Search(SearchQuery query, SearchRequest request);

    (long Documents, IReadOnlyDictionary<string, int> Frequencies) TermFrequencies(IReadOnlyCollection<string> terms);

    long LatestArticleSeq();

    /// <summary>The articles stored after <paramref name="seq"/>, with their stories (a writer learns where its articles went).</summary>
    IReadOnlyList<ArticlePlacement> ArticlesAddedAfter(long seq);

    /// <summary>The brief saved for one version of a story, if any.</summary>
    StoredBrief? Brief(long storyId, int version);

    IReadOnlyList<int> BriefVersions(long storyId);

    /// <summary>Saves a built brief (older versions are kept); false when another writer held the store too long.</summary>
    bool SaveBrief(StoredBrief brief);

    /// <summary>How many stored articles were replaced by a newer version of themselves (feed items that changed).</summary>
    long ArticlesReplaced();

    /// <summary>The work queue <c>chorus node</c> processes share in this store (<see cref="IIntake"/>).</summary>
    IIntake Intake { get; }
}
