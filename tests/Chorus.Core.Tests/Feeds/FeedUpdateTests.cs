using Chorus.Core.Documents;
using Chorus.Core.Feeds;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Feeds;

/// <summary>
/// Items that change after they were taken (same GUID, new content or updated date), against the loopback feed
/// site: the article is replaced, not duplicated nor ignored, and its story moves to a new brief version.
/// </summary>
public sealed class FeedUpdateTests : IAsyncLifetime
{
    private static readonly InputOptions Local = new() { AllowPrivateAddresses = true, ReadTimeout = TimeSpan.FromSeconds(5) };
    private static readonly FeedPollerOptions NoDelay = new() { PerHostDelay = TimeSpan.Zero };
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-feed-updates-").FullName;
    private readonly ManualClock clock = new(FeedSite.Newest + TimeSpan.FromHours(1));
    private FeedSite site = null!;
    private SqliteStoryStore store = null!;

    public async ValueTask InitializeAsync()
    {
        site = await FeedSite.StartAsync();
        store = SqliteStoryStore.Open(Path.Combine(folder, "updates.db"));
    }

    public async ValueTask DisposeAsync()
    {
        store.Dispose();
        await site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task AChangedItemReplacesItsArticleAndItsStoryGetsANewBriefVersion()
    {
        var feed = Subscribe("/full/valley");
        using var poller = Poller();
        Assert.Equal(3, (await poller.PollDueAsync(TestContext.Current.CancellationToken)).ArticlesAdded);
        var oldId = store.FeedItem(feed.Id, "valley-2")!.ArticleId!;
        var storyId = Assert.Single(store.StoriesOf([oldId]));
        var (before, members) = (store.Story(storyId)!.Version, store.Story(storyId)!.Articles);
        Assert.NotNull(StoryBriefVersions.Current(store, storyId)); // someone read the story: its versions are kept from now on

        site.Revisions[("valley", 2)] = 1;
        clock.Advance(TimeSpan.FromDays(1));
        var outcome = Assert.Single((await poller.PollDueAsync(TestContext.Current.CancellationToken)).Feeds);

        Assert.Equal((1, 1), (outcome.NewItems, outcome.ArticlesReplaced));
        Assert.Equal(3, store.Counts().Articles);
        Assert.Null(store.Article(oldId));
        var newId = store.FeedItem(feed.Id, "valley-2")!.ArticleId!;
        Assert.NotEqual(oldId, newId);
        var updated = store.Article(newId)!;
        Assert.Contains("moved the final vote", updated.Text, StringComparison.Ordinal);
        Assert.Equal(storyId, updated.StoryId);
        var story = store.Story(storyId)!;
        Assert.Equal(members, story.Articles);
        Assert.Equal(members, store.StoryMembers(storyId).Count);
        Assert.True(story.Version > before, $"version {story.Version} after {before}");
        Assert.Equal([story.Version, before], store.BriefVersions(storyId));

        var changes = StoryBriefVersions.Changes(store, storyId, before).Changes!;
        Assert.Equal(newId, Assert.Single(changes.NewSources).ArticleId);
        Assert.False(changes.NewSources[0].NewOutlet);
        Assert.Equal(oldId, Assert.Single(changes.RemovedSources).ArticleId);
        Assert.Contains(changes.AddedSentences, s => s.Text.Contains("moved the final vote", StringComparison.Ordinal));

        // The same feed again: nothing new, nothing replaced, nothing stored twice.
        clock.Advance(TimeSpan.FromDays(1));
        var again = Assert.Single((await poller.PollDueAsync(TestContext.Current.CancellationToken)).Feeds);
        Assert.Equal((0, 0), (again.NewItems, again.ArticlesReplaced));
        Assert.Equal(3, store.Counts().Articles);
        Assert.Equal(3, store.Stories(new StoryQuery()).Sum(s => s.Articles));
    }

    [Fact]
    public async Task AChangedSummaryOnlyItemHasItsPageFetchedAgain()
    {
        var feed = Subscribe("/rss/harbour");
        using var poller = Poller();
        Assert.Equal(3, (await poller.PollDueAsync(TestContext.Current.CancellationToken)).PagesFetched);
        var oldId = store.FeedItem(feed.Id, "harbour-1")!.ArticleId!;

        site.Revisions[("harbour", 1)] = 1;
        clock.Advance(TimeSpan.FromDays(1));
        var outcome = Assert.Single((await poller.PollDueAsync(TestContext.Current.CancellationToken)).Feeds);

        Assert.Equal(("200", 1, 1, 1), (outcome.Status, outcome.NewItems, outcome.PagesFetched, outcome.ArticlesReplaced));
        Assert.Equal(4, site.Count("/page/harbour/"));
        Assert.Equal(2, site.Count("/page/harbour/1"));
        Assert.Null(store.Article(oldId));
        Assert.Contains("moved the final vote", store.Article(store.FeedItem(feed.Id, "harbour-1")!.ArticleId!)!.Text, StringComparison.Ordinal);
        Assert.Equal(3, store.Counts().Articles);
    }

    [Fact]
    public async Task ItemsTakenBeforeFingerprintsExistedAreFingerprintedThenFollowed()
    {
        var feed = Subscribe("/full/valley");
        using var poller = Poller();
        await poller.PollDueAsync(TestContext.Current.CancellationToken);
        using (var forget = store.Connection.CreateCommand())
        {
            forget.CommandText = "UPDATE feed_items SET fingerprint = NULL";
            forget.ExecuteNonQuery();
        }

        clock.Advance(TimeSpan.FromDays(1));
        var quiet = Assert.Single((await poller.PollDueAsync(TestContext.Current.CancellationToken)).Feeds);
        Assert.Equal((0, 0), (quiet.NewItems, quiet.ArticlesReplaced));
        Assert.All(new[] { 1, 2, 3 }, i => Assert.NotNull(store.FeedItem(feed.Id, $"valley-{i}")!.Fingerprint));

        site.Revisions[("valley", 3)] = 2;
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, Assert.Single((await poller.PollDueAsync(TestContext.Current.CancellationToken)).Feeds).ArticlesReplaced);
        Assert.Equal(3, store.Counts().Articles);
    }

    [Fact]
    public async Task AnUpdateCutShortByACrashIsFinishedByTheNextFetchWithoutADuplicate()
    {
        var feed = Subscribe("/full/valley");
        using var poller = Poller();
        await poller.PollDueAsync(TestContext.Current.CancellationToken);
        var oldId = store.FeedItem(feed.Id, "valley-1")!.ArticleId!;

        // The poller died after committing the new version's article but before replacing the old one and
        // recording the item: the store holds both versions, and the item still has its old fingerprint.
        site.Revisions[("valley", 1)] = 1;
        var url = site.Url("/page/valley/1");
        var (batch, _) = new ResumingWriter(store).Ingest(
            [new RawDocument(url, site.CurrentText("valley", 1), ContentKind.Html) { Url = url, TitleHint = "Council of Valleyford1 approves school roofs", OutletHint = "valley News" }], "crashed poll");
        Assert.Equal(1, batch.Added);
        Assert.Equal(4, store.Counts().Articles);

        clock.Advance(TimeSpan.FromDays(1));
        var outcome = Assert.Single((await poller.PollDueAsync(TestContext.Current.CancellationToken)).Feeds);

        Assert.Equal((1, 0, 1), (outcome.NewItems, outcome.ArticlesAdded, outcome.ArticlesReplaced));
        Assert.Equal(3, store.Counts().Articles);
        Assert.Null(store.Article(oldId));
        Assert.Contains("moved the final vote", store.Article(store.FeedItem(feed.Id, "valley-1")!.ArticleId!)!.Text, StringComparison.Ordinal);
        Assert.Equal(3, store.Stories(new StoryQuery()).Sum(s => s.Articles));
    }

    private FeedRow Subscribe(string path) => store.AddFeed(new FeedSubscription(site.Url(path)), TimeSpan.FromHours(1), clock.Now.UtcDateTime).Feed;

    private FeedPoller Poller() => new(store, new StoreFeedSink(store), NoDelay, Local, clock);
}
