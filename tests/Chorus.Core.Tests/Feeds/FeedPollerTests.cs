using System.Diagnostics;
using Chorus.Core.Feeds;
using Chorus.Core.Inputs;
using Chorus.Core.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Feeds;

/// <summary>The poller against a real loopback server of synthetic feeds and pages, with a hand-moved clock.</summary>
public sealed class FeedPollerTests : IAsyncLifetime
{
    private static readonly InputOptions Local = new() { AllowPrivateAddresses = true, ReadTimeout = TimeSpan.FromSeconds(5) };
    private static readonly FeedPollerOptions NoDelay = new() { PerHostDelay = TimeSpan.Zero };
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-feeds-").FullName;
    private readonly ManualClock clock = new(FeedSite.Newest + TimeSpan.FromHours(1));
    private FeedSite site = null!;
    private SqliteStoryStore store = null!;

    public async ValueTask InitializeAsync()
    {
        site = await FeedSite.StartAsync();
        store = SqliteStoryStore.Open(DbPath);
    }

    public async ValueTask DisposeAsync()
    {
        store.Dispose();
        await site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private string DbPath => Path.Combine(folder, "feeds.db");

    [Fact]
    public async Task AnETagIsSentBackAndA304StoresNothing()
    {
        var feed = Subscribe("/rss/harbour");
        using var poller = Poller();

        var first = Assert.Single((await poller.PollDueAsync(TestContext.Current.CancellationToken)).Feeds);
        Assert.Equal(("200", 3, 3, 3), (first.Status, first.NewItems, first.ArticlesAdded, first.PagesFetched));
        var row = store.Feed(feed.Id)!;
        Assert.Equal("\"harbour-3\"", row.ETag);
        Assert.Equal("harbour News", row.Title);
        Assert.Equal(3, row.Items);

        clock.Advance(row.Interval);
        var second = Assert.Single((await poller.PollDueAsync(TestContext.Current.CancellationToken)).Feeds);
        Assert.Equal(("304", 0, 0), (second.Status, second.NewItems, second.PagesFetched));
        Assert.Equal("\"harbour-3\"", site.Requests.Last(r => r.Path == "/rss/harbour").IfNoneMatch);
        Assert.Equal(3, store.Counts().Articles);

        site.ItemCounts["harbour"] = 4;
        clock.Advance(row.Interval);
        var third = Assert.Single((await poller.PollDueAsync(TestContext.Current.CancellationToken)).Feeds);
        Assert.Equal(("200", 1, 1, 1), (third.Status, third.NewItems, third.ArticlesAdded, third.PagesFetched));
        Assert.Equal(4, store.Counts().Articles);
        Assert.Equal(4, site.Count("/page/harbour/"));
    }

    [Fact]
    public async Task ALastModifiedDateIsSentBackAndA304StoresNothing()
    {
        var feed = Subscribe("/atom/hill");
        using var poller = Poller();
        Assert.Equal("200", Assert.Single((await poller.PollDueAsync(TestContext.Current.CancellationToken)).Feeds).Status);
        Assert.Equal("Sun, 15 Mar 2026 12:00:00 GMT", store.Feed(feed.Id)!.LastModified);

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("304", Assert.Single((await poller.PollDueAsync(TestContext.Current.CancellationToken)).Feeds).Status);
        Assert.Equal("Sun, 15 Mar 2026 12:00:00 GMT", site.Requests.Last(r => r.Path == "/atom/hill").IfModifiedSince);
        Assert.Null(site.Requests.First(r => r.Path == "/atom/hill").IfModifiedSince);
    }

    [Fact]
    public async Task ItemsWithFullContentAreNotFetchedAndSummariesAre()
    {
        Subscribe("/full/valley");
        Subscribe("/rdf/gazette");
        Subscribe("/atom/hill");
        using var poller = Poller();
        var summary = await poller.PollDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(9, summary.ArticlesAdded);
        Assert.Equal(3, summary.PagesFetched);
        Assert.Equal(0, site.Count("/page/valley/") + site.Count("/page/gazette/"));
        Assert.Equal(3, site.Count("/page/hill/"));
    }

    [Fact]
    public async Task AnItemIsTakenOnceAcrossPollsAndFeeds()
    {
        Subscribe("/full/valley");
        using var poller = Poller();
        Assert.Equal(3, (await poller.PollDueAsync(TestContext.Current.CancellationToken)).ArticlesAdded);

        // The same items again from the same feed, and from a second feed that links the same pages.
        clock.Advance(TimeSpan.FromDays(1));
        Subscribe("/rss/valley");
        var again = await poller.PollDueAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, again.Feeds.Count);
        Assert.Equal(0, again.NewItems);
        Assert.Equal(0, site.Count("/page/valley/"));
        Assert.Equal(3, store.Counts().Articles);
    }

    [Fact]
    public async Task BrokenFeedsAreMarkedWithTheReasonBackedOffAndTheOthersGoOn()
    {
        var broken = new[] { "/broken/500", "/broken/html", "/broken/garbage", "/broken/busy", "/broken/loop" }.ToDictionary(p => p, Subscribe);
        Subscribe("/full/fine");
        using var poller = Poller();
        var summary = await poller.PollDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(3, summary.ArticlesAdded);
        Assert.Equal(5, summary.Failed);
        string Error(string path) => store.Feed(broken[path].Id)!.Error!;
        Assert.Contains("the server answered 500", Error("/broken/500"), StringComparison.Ordinal);
        Assert.Contains("is not a feed: the server sent an HTML page", Error("/broken/html"), StringComparison.Ordinal);
        Assert.Contains("not valid XML", Error("/broken/garbage"), StringComparison.Ordinal);
        Assert.Contains("the server answered 429", Error("/broken/busy"), StringComparison.Ordinal);
        Assert.Contains("more than 5 redirects", Error("/broken/loop"), StringComparison.Ordinal);

        var now = clock.Now.UtcDateTime;
        Assert.Equal(now + TimeSpan.FromMinutes(5), store.Feed(broken["/broken/500"].Id)!.NextFetch);
        Assert.Equal(now + TimeSpan.FromHours(2), store.Feed(broken["/broken/busy"].Id)!.NextFetch);

        clock.Advance(TimeSpan.FromMinutes(6));
        var retried = await poller.PollDueAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(retried.Feeds, f => f.Url.EndsWith("/broken/busy", StringComparison.Ordinal));
        var failing = store.Feed(broken["/broken/500"].Id)!;
        Assert.Equal(2, failing.Failures);
        Assert.Equal(clock.Now.UtcDateTime + TimeSpan.FromMinutes(10), failing.NextFetch);
    }

    [Fact]
    public async Task TheIntervalFollowsHowOftenAFeedPosts()
    {
        site.Gaps["slow"] = 600;
        site.Gaps["steady"] = 45;
        site.Gaps["busy"] = 1;
        var (slow, steady, busy) = (Subscribe("/full/slow"), Subscribe("/full/steady"), Subscribe("/full/busy"));
        using var poller = Poller();
        await poller.PollDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(TimeSpan.FromHours(10), store.Feed(slow.Id)!.Interval);
        Assert.Equal(TimeSpan.FromMinutes(45), store.Feed(steady.Id)!.Interval);
        Assert.Equal(TimeSpan.FromMinutes(5), store.Feed(busy.Id)!.Interval);
        Assert.Equal(clock.Now.UtcDateTime + TimeSpan.FromMinutes(45), store.Feed(steady.Id)!.NextFetch);
    }

    [Fact]
    public async Task RequestsToOneHostAreSpacedByTheDelay()
    {
        var delay = TimeSpan.FromMilliseconds(300);
        Subscribe("/full/a");
        Subscribe("/full/b");
        Subscribe("/full/c");
        Subscribe("/full/d");
        using var poller = new FeedPoller(store, new StoreFeedSink(store), new FeedPollerOptions { PerHostDelay = delay }, Local);
        await poller.PollDueAsync(TestContext.Current.CancellationToken);

        var times = site.Requests.Where(r => r.Path.StartsWith("/full/", StringComparison.Ordinal)).Select(r => r.At).Order().ToList();
        Assert.Equal(4, times.Count);
        // Arrival times also hold the time each request spent on the way: the first one opens the connection (its
        // late arrival would shorten the gap after it), so gaps are measured from the second on, with 50 ms allowed.
        var kept = times.Skip(1).ToList();
        Assert.All(kept.Zip(kept.Skip(1)), pair => Assert.True(pair.Second - pair.First >= delay - TimeSpan.FromMilliseconds(50), $"{(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task TwoPollersOnOneStoreNeverFetchTheSameFeed()
    {
        foreach (var name in new[] { "a", "b", "c", "d", "e", "f" })
        {
            Subscribe("/full/" + name);
        }

        using var otherStore = SqliteStoryStore.Open(DbPath);
        using var one = Poller();
        using var two = new FeedPoller(otherStore, new StoreFeedSink(otherStore), NoDelay with { LeaseBatch = 2 }, Local, clock);
        var both = await Task.WhenAll(one.PollDueAsync(TestContext.Current.CancellationToken), two.PollDueAsync(TestContext.Current.CancellationToken));

        Assert.Equal(6, both.Sum(s => s.Feeds.Count));
        Assert.All(new[] { "a", "b", "c", "d", "e", "f" }, name => Assert.Equal(1, site.Count("/full/" + name)));
        Assert.Equal(18, store.Counts().Articles);
    }

    [Fact]
    public async Task AfterACrashTheDeadPollersLeaseIsTakenOverAndNothingIsStoredTwice()
    {
        var feed = Subscribe("/full/valley");
        using var gone = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!;
        await gone.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Single(store.LeaseDueFeeds($"{Environment.MachineName}/{gone.Id}/killed", clock.Now.UtcDateTime, TimeSpan.FromHours(1), 10));

        using var poller = Poller();
        Assert.Equal(3, (await poller.PollDueAsync(TestContext.Current.CancellationToken)).ArticlesAdded);

        // Killed after the articles were committed but before their items were: the stored articles' URLs still say
        // the items are taken, so neither their pages nor their articles come again.
        using (var forget = store.Connection.CreateCommand())
        {
            forget.CommandText = "DELETE FROM feed_items";
            forget.ExecuteNonQuery();
        }

        clock.Advance(TimeSpan.FromDays(1));
        var again = Assert.Single((await poller.PollDueAsync(TestContext.Current.CancellationToken)).Feeds);
        Assert.Equal(("200", 0, 0), (again.Status, again.NewItems, again.ArticlesAdded));
        Assert.Equal(3, store.Counts().Articles);
        Assert.Equal(clock.Now.UtcDateTime, store.Feed(feed.Id)!.LastFetch);
    }

    private FeedRow Subscribe(string path) => store.AddFeed(new FeedSubscription(site.Url(path)), TimeSpan.FromHours(1), clock.Now.UtcDateTime).Feed;

    private FeedPoller Poller() => new(store, new StoreFeedSink(store), NoDelay, Local, clock);
}
