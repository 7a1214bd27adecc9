using Chorus.Core.Feeds;
using Chorus.Core.Inputs;
using Chorus.Core.Intake;
using Chorus.Core.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Feeds;

/// <summary>
/// Feeds polled by nodes (<c>chorus node --poll-feeds</c>), in process: two pollers divide the feeds, put what they
/// fetch into the intake instead of ingesting it, and the preparer and story writer store it; a changed item still
/// replaces its article, once the writer has stored the new one.
/// </summary>
public sealed class IntakeFeedTests : IAsyncLifetime
{
    private static readonly InputOptions Local = new() { AllowPrivateAddresses = true, ReadTimeout = TimeSpan.FromSeconds(5) };
    private static readonly FeedPollerOptions NoDelay = new() { PerHostDelay = TimeSpan.Zero, KeepBriefVersions = false, LeaseBatch = 1 };
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-intake-feeds-").FullName;
    private readonly ManualClock clock = new(FeedSite.Newest + TimeSpan.FromHours(1));
    private FeedSite site = null!;
    private SqliteStoryStore store = null!;
    private SqliteStoryStore other = null!;

    public async ValueTask InitializeAsync()
    {
        site = await FeedSite.StartAsync();
        store = SqliteStoryStore.Open(Path.Combine(folder, "nodes.db"));
        other = SqliteStoryStore.Open(Path.Combine(folder, "nodes.db"));
    }

    public async ValueTask DisposeAsync()
    {
        store.Dispose();
        other.Dispose();
        await site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task TwoNodesPollersDivideTheFeedsAndTheWriterStoresAndReplacesTheirArticles()
    {
        var feeds = new[] { "/full/valley", "/rss/harbour", "/atom/ridge" }.Select(Subscribe).ToList();
        using var first = Poller(store);
        using var second = Poller(other);

        var polls = await Task.WhenAll(first.PollDueAsync(TestContext.Current.CancellationToken), second.PollDueAsync(TestContext.Current.CancellationToken));

        Assert.Equal(3, polls.Sum(p => p.Feeds.Count));
        Assert.All(polls, p => Assert.NotEmpty(p.Feeds));
        Assert.Equal(0, store.Counts().Articles);
        Assert.Equal(9, Commit());
        Assert.Equal(9, store.Counts().Articles);
        var oldId = store.LatestArticleOf(site.Url("/page/valley/2")) ?? store.LatestArticleOf(site.Url("/full/valley") + "#valley-2");
        Assert.NotNull(oldId);
        Assert.Null(store.FeedItem(feeds[0].Id, "valley-2")!.ArticleId);

        site.Revisions[("valley", 2)] = 1;
        clock.Advance(TimeSpan.FromDays(1));
        var again = await first.PollDueAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, again.Feeds.Sum(f => f.NewItems));
        Assert.Equal(1, Commit());

        Assert.Equal(9, store.Counts().Articles);
        Assert.Null(store.Article(oldId));
        var newId = store.FeedItem(feeds[0].Id, "valley-2")!.ArticleId ?? store.LatestArticleOf(site.Url("/page/valley/2")) ?? store.LatestArticleOf(site.Url("/full/valley") + "#valley-2");
        Assert.Contains("moved the final vote", store.Article(newId!)!.Text, StringComparison.Ordinal);
        Assert.Equal(9, store.Stories(new StoryQuery()).Sum(s => s.Articles));
    }

    /// <summary>Prepares every chunk and commits it with a story writer; returns the documents enqueued since the last call.</summary>
    private int Commit()
    {
        var intake = new SqliteIntake(store);
        var before = intake.Progress(IntakeWriter.AllPartition).Chunked;
        var preparer = new IntakePreparer(intake, "a") { Fetching = Local };
        while (preparer.PrepareOneAsync(10, TimeSpan.Zero, threads: 1).GetAwaiter().GetResult())
        {
        }

        using var writer = new IntakeWriter(store, intake, IntakeWriter.AllPartition, TimeSpan.FromSeconds(1));
        writer.CommitReady(TimeSpan.FromMinutes(1));
        var progress = intake.Progress(IntakeWriter.AllPartition);
        Assert.True(progress.Done);
        return (int)(progress.Chunked - before);
    }

    private FeedRow Subscribe(string path) => store.AddFeed(new FeedSubscription(site.Url(path)), TimeSpan.FromHours(1), clock.Now.UtcDateTime).Feed;

    private FeedPoller Poller(SqliteStoryStore on) => new(on, new IntakeFeedSink(new SqliteIntake(on)), NoDelay, Local, clock);
}
