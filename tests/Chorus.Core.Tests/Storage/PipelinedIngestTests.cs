using Chorus.Core.Clustering;
using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Storage;

/// <summary>
/// <see cref="IngestPipeline.IngestAll"/> writes one batch while it clusters the next: what it stores must be what
/// batch-by-batch ingest stores, and a write that fails must stop the stream with the store's error.
/// </summary>
public sealed class PipelinedIngestTests : IDisposable
{
    private static readonly DateTime Now = new(2024, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    // Stories close after a day without news, swept every few articles, so batches close, reopen and merge stories.
    private static readonly ClusteringOptions Options = new() { CloseAfterHours = 24, CloseSweepEvery = 4 };

    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    /// <summary>
    /// Five days of the two invented stories, a dozen articles a day with quiet days between some, in batches of seven; every fifth batch repeats an
    /// article of the batch before it (still being written when this one is clustered) and carries a syndicated copy.
    /// </summary>
    private static List<RawDocument[]> Stream()
    {
        int[] days = [1, 2, 12, 13, 24];
        var articles = Enumerable.Range(0, 60).Select(n => TempFolder.Article(n, $"May {days[n / 12]}, 2024")).ToList();
        var batches = articles.Chunk(7).Select(b => b.ToList()).ToList();
        for (var i = 1; i < batches.Count; i += 5)
        {
            var repeated = batches[i - 1][^1];
            batches[i].Add(repeated);
            batches[i].Add(repeated with { Origin = $"wire-{i}.txt", Content = repeated.Content + "\nThe wire service will update this report.\n" });
        }

        return [.. batches.Select(b => b.ToArray())];
    }

    [Fact]
    public void PipelinedIngestStoresExactlyWhatBatchByBatchIngestStores()
    {
        var batches = Stream();
        using var byBatch = SqliteStoryStore.Open(folder.File("by-batch.db"));
        using var pipelined = SqliteStoryStore.Open(folder.File("pipelined.db"));
        List<BatchResult> batchResults, pipelinedResults;
        RunTotals batchTotals, pipelinedTotals;
        using (var one = new IngestPipeline(byBatch, ["test"], Options, () => Now))
        {
            batchResults = [.. batches.Select(b => one.IngestBatch(b))];
            batchTotals = one.Finish();
        }

        using (var other = new IngestPipeline(pipelined, ["test"], Options, () => Now))
        {
            pipelinedResults = [.. other.IngestAll(batches)];
            pipelinedTotals = other.Finish();
        }

        Assert.Equal(batchTotals, pipelinedTotals);
        Assert.True(batchTotals.AlreadyStored > 0 && batchTotals.Copies > 0, "the stream repeats and copies articles");
        Assert.Equal(batchResults.Select(Fields), pipelinedResults.Select(Fields));
        Assert.Equal(byBatch.Counts(), pipelined.Counts());
        var stories = byBatch.Stories(new StoryQuery());
        Assert.Contains(stories, s => s.Closed);
        Assert.Equal(stories, pipelined.Stories(new StoryQuery()));
        foreach (var story in stories)
        {
            Assert.Equal(byBatch.StoryMembers(story.Id), pipelined.StoryMembers(story.Id));
        }

        var placements = byBatch.ArticlesAddedAfter(0);
        Assert.Equal(placements, pipelined.ArticlesAddedAfter(0));
        Assert.All(placements, p => Assert.Equal(byBatch.Article(p.ArticleId), pipelined.Article(p.ArticleId)));
        AssertSameState(byBatch.LoadClusterState(100), pipelined.LoadClusterState(100));
    }

    [Theory]
    [InlineData(16)] // in the fourth batch of eight
    [InlineData(37)] // in the last batch
    public void AWriteThatFailsStopsTheStreamWithTheStoresErrorAndKeepsTheBatchesBeforeIt(int refused)
    {
        var before = refused / 5;
        var path = folder.File("refusing.db");
        using (var store = SqliteStoryStore.Open(path))
        {
            using (var refuse = store.Connection.CreateCommand())
            {
                refuse.CommandText = $"CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.origin = 'article-{refused:D4}.txt' BEGIN SELECT RAISE(ABORT, 'refused'); END";
                refuse.ExecuteNonQuery();
            }

            var yielded = new List<BatchResult>();
            using (var pipeline = new IngestPipeline(store, ["test"], Options, () => Now))
            {
                var batches = Enumerable.Range(0, 40).Select(n => TempFolder.Article(n)).Chunk(5);
                var error = Assert.Throws<StoreException>(() => yielded.AddRange(pipeline.IngestAll(batches)));
                Assert.Contains("refused", error.Message, StringComparison.Ordinal);
            }

            // The batches before the refused article's were committed and yielded; its batch failed whole.
            Assert.Equal(Enumerable.Repeat(5, before), yielded.Select(r => r.Added));
            Assert.Equal(5 * before, store.Counts().Articles);
            Assert.Equal(Enumerable.Range(0, 5 * before).Select(n => $"article-{n:D4}.txt"), store.ArticlesAddedAfter(0).Select(p => p.Origin));
        }

        // The failed run let go of the writer lease: another run takes it and goes on.
        using var reopened = SqliteStoryStore.Open(path);
        using var next = new IngestPipeline(reopened, ["again"], Options, () => Now);
        Assert.Equal(5, next.IngestBatch([.. Enumerable.Range(40, 5).Select(n => TempFolder.Article(n))]).Added);
    }

    private static (int, int, int, int, int, int) Fields(BatchResult r) => (r.Documents, r.Added, r.AlreadyStored, r.Copies, r.NewStories, r.Undated);

    private static void AssertSameState(ClusterSnapshot expected, ClusterSnapshot actual)
    {
        Assert.Equal((expected.Documents, expected.NextStoryId, expected.StreamTime), (actual.Documents, actual.NextStoryId, actual.StreamTime));
        Assert.Equal(expected.DocumentFrequency.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.DocumentFrequency.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(expected.OpenStories.Select(s => s.Id), actual.OpenStories.Select(s => s.Id));
        foreach (var (e, a) in expected.OpenStories.Zip(actual.OpenStories))
        {
            Assert.Equal((e.Headline, e.Articles, e.IndependentSources, e.FirstSeen, e.LastSeen), (a.Headline, a.Articles, a.IndependentSources, a.FirstSeen, a.LastSeen));
            Assert.Equal(e.Terms.OrderBy(kv => kv.Key, StringComparer.Ordinal), a.Terms.OrderBy(kv => kv.Key, StringComparer.Ordinal));
            Assert.Equal(e.Entities.OrderBy(kv => kv.Key, StringComparer.Ordinal), a.Entities.OrderBy(kv => kv.Key, StringComparer.Ordinal));
            Assert.Equal(e.Dense, a.Dense);
        }

        Assert.Equal(expected.RecentArticles, actual.RecentArticles);
    }
}
