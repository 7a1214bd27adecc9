using System.Diagnostics;
using System.Text.Json;
using Chorus.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Feeds;

/// <summary>The real <c>chorus feeds</c> commands, as a user runs them.</summary>
public sealed class FeedsCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-feeds-cli-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void FeedsAreAddedListedAndRemoved()
    {
        var db = File("news.db");
        var added = CliRunner.Run("feeds", "add", "https://harbour.example/rss", "https://valley.example/atom", "--category", "News/World", "--db", db);
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("2 feeds added (0 already subscribed)", added.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 feeds added (1 already subscribed)", CliRunner.Run("feeds", "add", "https://harbour.example/rss", "https://third.example/", "--db", db).Stderr, StringComparison.Ordinal);

        var bad = CliRunner.Run("feeds", "add", "ftp://files.example/feed", "--db", db);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("ftp://files.example/feed: not an http or https URL", bad.Stderr, StringComparison.Ordinal);

        var feeds = Feeds(db);
        Assert.Equal(["https://harbour.example/rss", "https://valley.example/atom", "https://third.example/"], feeds.Select(f => f.GetProperty("url").GetString()));
        Assert.Equal("News/World", feeds[0].GetProperty("category").GetString());
        Assert.Equal(JsonValueKind.Null, feeds[0].GetProperty("lastFetch").ValueKind);

        var table = CliRunner.Run("feeds", "list", "--db", db);
        Assert.Contains("https://valley.example/atom", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("never", table.Stdout, StringComparison.Ordinal);

        var id = feeds[1].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, CliRunner.Run("feeds", "remove", id, "--db", db).ExitCode);
        Assert.Equal(2, Feeds(db).Count);
        var missing = CliRunner.Run("feeds", "remove", "999", "--db", db);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("feed 999: no such feed", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void OpmlImportedThenExportedImportsAgainTheSame()
    {
        var opml = File("mine.opml");
        System.IO.File.WriteAllText(opml, """
            <?xml version="1.0"?>
            <opml version="1.0"><head><title>Reader export</title></head><body>
              <outline text="News"><outline text="Local"><outline type="rss" text="Valley Post" xmlUrl="https://valley.example/rss"/></outline>
                <outline type="rss" text="Harbour Times" xmlUrl="https://harbour.example/feed"/></outline>
              <outline type="rss" text="Not a web feed" xmlUrl="file:///etc/passwd"/>
              <outline type="rss" text="Loose" xmlUrl="https://loose.example/atom.xml"/>
            </body></opml>
            """);
        var first = File("first.db");
        var imported = CliRunner.Run("feeds", "import", opml, "--db", first);
        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("file:///etc/passwd: not an http or https URL; skipped", imported.Stderr, StringComparison.Ordinal);

        var exported = File("export.opml");
        Assert.Equal(0, CliRunner.Run("feeds", "export", "--db", first, "--out", exported).ExitCode);
        Assert.Contains("<opml version=\"2.0\">", System.IO.File.ReadAllText(exported), StringComparison.Ordinal);
        var second = File("second.db");
        Assert.Equal(0, CliRunner.Run("feeds", "import", exported, "--db", second).ExitCode);

        static string Subscriptions(IEnumerable<JsonElement> feeds) => string.Join("\n", feeds.Select(f => $"{f.GetProperty("url")} | {f.GetProperty("title")} | {f.GetProperty("category")}"));
        Assert.Equal(
            "https://valley.example/rss | Valley Post | News/Local\nhttps://harbour.example/feed | Harbour Times | News\nhttps://loose.example/atom.xml | Loose | ",
            Subscriptions(Feeds(first)));
        Assert.Equal(Subscriptions(Feeds(first)), Subscriptions(Feeds(second)));

        var notOpml = File("not.opml");
        System.IO.File.WriteAllText(notOpml, "<html><body>hello</body></html>");
        var refused = CliRunner.Run("feeds", "import", notOpml, "--db", first);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("is not an OPML file", refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollOnceTurnsFeedsIntoStories()
    {
        await using var site = await FeedSite.StartAsync();
        var db = File("live.db");
        Assert.Equal(0, CliRunner.Run("feeds", "add", site.Url("/full/valley"), site.Url("/atom/hill"), "--db", db).ExitCode);

        var refused = CliRunner.Run("feeds", "poll", "--once", "--db", db, "--format", "json");
        Assert.Contains("--allow-private", refused.Stderr, StringComparison.Ordinal);
        Assert.Empty(site.Requests);

        // The refused feeds back off for 5 minutes; a fresh store polls them at once.
        db = File("live2.db");
        Assert.Equal(0, CliRunner.Run("feeds", "add", site.Url("/full/valley"), site.Url("/atom/hill"), "--db", db).ExitCode);
        var polled = CliRunner.Run("feeds", "poll", "--once", "--allow-private", "--host-delay", "0", "--db", db, "--format", "json");
        Assert.Equal(0, polled.ExitCode);
        using var json = JsonDocument.Parse(polled.StdoutBytes);
        Assert.Equal(2, json.RootElement.GetProperty("feeds").GetInt32());
        Assert.Equal(6, json.RootElement.GetProperty("articlesAdded").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("pagesFetched").GetInt32());

        var stories = CliRunner.Run("stories", "--db", db, "--format", "json");
        using var list = JsonDocument.Parse(stories.StdoutBytes);
        Assert.Equal(6, list.RootElement.GetProperty("stories").EnumerateArray().Sum(s => s.GetProperty("articles").GetInt32()));

        var again = CliRunner.Run("feeds", "poll", "--once", "--allow-private", "--db", db);
        Assert.Contains("polled 0 feeds", again.Stdout, StringComparison.Ordinal);
        Assert.All(Feeds(db), f => Assert.Equal(3, f.GetProperty("items").GetInt32()));
    }

    [Fact]
    public async Task KillingAPollMidwayLosesNothingCommittedAndStoresNothingTwice()
    {
        await using var site = await FeedSite.StartAsync();
        var db = File("killed.db");
        Assert.Equal(0, CliRunner.Run("feeds", "add", site.Url("/full/valley"), site.Url("/atom/stall"), "--db", db).ExitCode);
        site.StallPages = true;

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "chorus.dll"), "feeds", "poll", "--once", "--allow-private", "--host-delay", "0", "--db", db })
        {
            start.ArgumentList.Add(arg);
        }

        using (var poll = Process.Start(start)!)
        {
            // The valley feed is committed first; the stall feed's first page does not answer.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (!site.Requests.Any(r => r.Path.StartsWith("/page/stall/", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            Assert.Contains(site.Requests, r => r.Path.StartsWith("/page/stall/", StringComparison.Ordinal));
            poll.Kill(entireProcessTree: true);
            await poll.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var feeds = Feeds(db);
        Assert.Equal(3, feeds[0].GetProperty("items").GetInt32());
        Assert.Equal(0, feeds[1].GetProperty("items").GetInt32());

        // Restarted: the dead poller's lease is freed, the stall feed is fetched again, the valley feed is not yet due.
        site.StallPages = false;
        var valleyFetches = site.Count("/full/valley");
        var again = CliRunner.Run("feeds", "poll", "--once", "--allow-private", "--host-delay", "0", "--db", db, "--format", "json");
        using var json = JsonDocument.Parse(again.StdoutBytes);
        Assert.Equal(1, json.RootElement.GetProperty("feeds").GetInt32());
        Assert.Equal(valleyFetches, site.Count("/full/valley"));
        using var stories = JsonDocument.Parse(CliRunner.Run("stories", "--db", db, "--format", "json").StdoutBytes);
        Assert.Equal(6, stories.RootElement.GetProperty("stories").EnumerateArray().Sum(s => s.GetProperty("articles").GetInt32()));
        Assert.All(Feeds(db), f => Assert.Equal(3, f.GetProperty("items").GetInt32()));
    }

    private string File(string name) => Path.Combine(folder, name);

    private static List<JsonElement> Feeds(string db)
    {
        var listed = CliRunner.Run("feeds", "list", "--db", db, "--format", "json");
        Assert.Equal(0, listed.ExitCode);
        return JsonDocument.Parse(listed.StdoutBytes).RootElement.GetProperty("feeds").EnumerateArray().ToList();
    }
}
