using Chorus.Core.Clustering;

namespace Chorus.Core.Storage;

/// <summary>
/// The embedded store of articles, sentences, copies, stories and runs. SQLite today
/// (<see cref="SqliteStoryStore"/>); the interface is what a PostgreSQL store would implement later.
/// </summary>
public interface IStoryStore : IDisposable
{
    /// <summary>The ids among <paramref name="articleIds"/> that are already stored.</summary>
    IReadOnlySet<string> Existing(IReadOnlyCollection<string> articleIds);

    /// <summary>
    /// The clustering state to resume from: open stories, document frequencies, counters, and the latest
    /// <paramref name="recentArticles"/> articles for the copy window.
    /// </summary>
    ClusterSnapshot LoadClusterState(int recentArticles);

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
}
