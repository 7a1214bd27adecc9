using Chorus.Core.Clustering;
using Chorus.Core.Pipeline;
using Chorus.Core.Semantic;
using Chorus.Core.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Storage;

/// <summary>The reads of the web reader: pages of stories with filters, members, search pages, briefs per story version.</summary>
public sealed class BrowseQueryTests : IDisposable
{
    private static readonly DateTime Now = new(2024, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static void Ingest(IStoryStore store, params int[] articles)
    {
        var ingestor = new IngestPipeline(store, ["test"], clock: () => Now);
        // The bridge (even) is dated after the orchestra (odd), so a date filter can tell them apart.
        ingestor.IngestBatch(articles.Select(n => TempFolder.Article(n, n % 2 == 0 ? "May 20, 2024" : "May 1, 2024")).ToList());
        ingestor.Finish();
    }

    private static SearchQuery Query(string text) => SearchQuery.TryParse(text, out var query, out var error) ? query : throw new ArgumentException(error);

    [Fact]
    public void ListsStoriesAPageAtATimeInEitherOrderWithFiltersAndOutlets()
    {
        using var store = SqliteStoryStore.Open(folder.File("a.db"));
        Ingest(store, 0, 1, 2, 3, 4, 6);
        var all = store.StoryList(new StoryListQuery());
        Assert.Equal(2, all.Total);
        var bridge = Assert.Single(all.Stories, s => s.Headline.Contains("bridge", StringComparison.Ordinal));
        var orchestra = Assert.Single(all.Stories, s => s.Headline.Contains("Orchestra", StringComparison.Ordinal));
        Assert.Equal(bridge.Id, all.Stories[0].Id); // four articles before two
        Assert.Equal(orchestra.Id, store.StoryList(new StoryListQuery { Order = StoryOrder.Newest }).Stories[^1].Id);

        var second = store.StoryList(new StoryListQuery { Limit = 1, Offset = 1 });
        Assert.Equal(2, second.Total);
        Assert.Equal(orchestra.Id, Assert.Single(second.Stories).Id);

        Assert.Equal(bridge.Id, Assert.Single(store.StoryList(new StoryListQuery { Text = Query("girder") }).Stories).Id);
        Assert.Equal(bridge.Id, Assert.Single(store.StoryList(new StoryListQuery { From = new DateTime(2024, 5, 10, 0, 0, 0, DateTimeKind.Utc) }).Stories).Id);
        Assert.Equal(orchestra.Id, Assert.Single(store.StoryList(new StoryListQuery { From = new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc), Until = new DateTime(2024, 5, 2, 0, 0, 0, DateTimeKind.Utc), Text = Query("orchestra OR conductor") }).Stories).Id);
        Assert.Empty(store.StoryList(new StoryListQuery { Outlet = "Nobody's Gazette" }).Stories);

        var outlets = all.Outlets[bridge.Id];
        Assert.Equal(bridge.Articles, outlets.Sum(o => o.Articles));
        var outlet = outlets[0].Outlet;
        Assert.Contains(bridge.Id, store.StoryList(new StoryListQuery { Outlet = outlet.ToUpperInvariant() }).Stories.Select(s => s.Id));
    }

    [Fact]
    public void AStoreFromBeforeTheWebReaderUpgradesWithItsStoriesAtVersionOneAndItsDenseCentroidsKept()
    {
        var path = folder.File("v4.db");
        var dense = new ClusteringOptions { Representation = DenseRepresentation.Static };
        using (var old = SqliteStoryStore.Open(path, schemaVersion: SqliteBatchWriter.DenseCentroidSchema))
        {
            var ingestor = new IngestPipeline(old, ["v4"], dense, clock: () => Now);
            ingestor.IngestBatch([TempFolder.Article(0), TempFolder.Article(2), TempFolder.Article(1)]);
            ingestor.Finish();
        }

        using var store = SqliteStoryStore.Open(path);
        Assert.Equal(SqliteSchema.Latest, store.SchemaVersion);
        Assert.True(SqliteSchema.Latest >= SqliteBatchWriter.StoryVersionSchema);
        Assert.Equal("ok", store.IntegrityCheck());
        var listed = store.StoryList(new StoryListQuery());
        Assert.Equal(2, listed.Total);
        Assert.All(listed.Stories, s => Assert.Equal(1, s.Version));
        Assert.All(store.LoadClusterState(10).OpenStories, s => Assert.Equal(StaticEmbedder.Shared.Dimensions, s.Dense?.Length));
        var bridge = listed.Stories.Single(s => s.Articles == 2);
        Assert.Empty(store.BriefVersions(bridge.Id));

        var resumed = new IngestPipeline(store, ["v5"], dense, clock: () => Now);
        resumed.IngestBatch([TempFolder.Article(4)]);
        resumed.Finish();
        Assert.Equal(2, store.Story(bridge.Id)!.Version);
        Assert.True(store.SaveBrief(new StoredBrief(bridge.Id, 2, Now, "test", "{}", "{}")));
        Assert.Equal(new[] { 2 }, store.BriefVersions(bridge.Id));
    }

    [Fact]
    public void AStoryGainingArticlesMovesToANewVersionAndOldBriefsAreKept()
    {
        using var store = SqliteStoryStore.Open(folder.File("v.db"));
        Ingest(store, 0, 2);
        var story = store.StoryList(new StoryListQuery()).Stories.Single();
        Assert.Equal(1, story.Version);
        Assert.True(store.SaveBrief(new StoredBrief(story.Id, 1, Now, "test", "{\"v\":1}", "{}")));

        Ingest(store, 1); // another story: this one does not change
        Assert.Equal(1, store.Story(story.Id)!.Version);
        Ingest(store, 4);
        Assert.Equal(2, store.Story(story.Id)!.Version);
        Assert.Equal(story.Articles + 1, store.Story(story.Id)!.Articles);
        Assert.True(store.SaveBrief(new StoredBrief(story.Id, 2, Now, "test", "{\"v\":2}", "{}")));
        Assert.True(store.SaveBrief(new StoredBrief(story.Id, 2, Now, "newer build", "{\"v\":\"2b\"}", "{}")));

        Assert.Equal(new[] { 2, 1 }, store.BriefVersions(story.Id));
        Assert.Equal("{\"v\":1}", store.Brief(story.Id, 1)!.BriefJson);
        Assert.Equal("newer build", store.Brief(story.Id, 2)!.BuiltBy);
        Assert.Null(store.Brief(story.Id, 3));
    }

    [Fact]
    public void MembersArticlesSearchPagesAndNewPlacements()
    {
        using var store = SqliteStoryStore.Open(folder.File("m.db"));
        var before = store.LatestArticleSeq();
        Ingest(store, 0, 2, 4);
        var placed = store.ArticlesAddedAfter(before);
        Assert.Equal(3, placed.Count);
        Assert.Single(placed.Select(p => p.StoryId).Distinct());
        Assert.Equal(new[] { "article-0000.txt", "article-0002.txt", "article-0004.txt" }, placed.Select(p => p.Origin).Order(StringComparer.Ordinal));
        Assert.Empty(store.ArticlesAddedAfter(store.LatestArticleSeq()));

        var members = store.StoryMembers(placed[0].StoryId);
        Assert.Equal(3, members.Count);
        Assert.Equal("new", members[0].JoinedAs);
        var article = store.Article(placed[0].ArticleId)!;
        Assert.Equal(placed[0].StoryId, article.StoryId);
        Assert.Contains("Calvera", article.Text, StringComparison.Ordinal);
        Assert.Null(store.Article("no-such-id"));

        var page = store.Search(Query("Calvera"), new SearchRequest { Limit = 2, Open = "<<", Close = ">>" }).Articles;
        Assert.Equal(2, page.Hits.Count);
        Assert.True(page.More);
        Assert.Contains("<<Calvera>>", page.Hits[0].Snippet, StringComparison.Ordinal);
        var rest = store.Search(Query("Calvera"), new SearchRequest { Offset = 2, Limit = 2 }).Articles;
        Assert.False(rest.More);
        Assert.Single(rest.Hits);
        var story = Assert.Single(store.Search(Query("\"harbour bridge\""), new SearchRequest { StoryLimit = 10 }).Stories);
        Assert.Equal(3, story.MatchingArticles);
    }
}
