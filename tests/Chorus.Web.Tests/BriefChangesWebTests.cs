using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Chorus.Core.Storage;
using Chorus.Web.Tests.Support;
using Xunit;

namespace Chorus.Web.Tests;

/// <summary>
/// A story that gains a source after its brief was read: its changes in the API, on the story page and as a new
/// entry of its Atom feed; and subscribing to an OPML file through the API.
/// </summary>
public sealed class BriefChangesWebTests
{
    [Fact]
    public async Task AStoryThatGainsASourceShowsWhatChangedEverywhere()
    {
        await using var server = await TestServer.StartAsync(withSample: false);
        server.IngestBeside([Articles.BridgeReport(0, "Calvera Herald"), Articles.BridgeReport(1, "Harbour Radio")]);
        var (id, first) = Story(server);
        Assert.Contains("Calvera harbour bridge", await Get(server, $"/stories/{id}"), StringComparison.Ordinal);

        server.IngestBeside([Articles.BridgeReport(2, "Port Weekly")]);
        var (_, now) = Story(server);
        Assert.True(now > first);

        using (var changes = JsonDocument.Parse(await Get(server, $"/api/v1/stories/{id}/changes?since={first}")))
        {
            var root = changes.RootElement;
            Assert.Equal((first, now), (root.GetProperty("since").GetInt32(), root.GetProperty("version").GetInt32()));
            var source = Assert.Single(root.GetProperty("newSources").EnumerateArray());
            Assert.Equal("Port Weekly", source.GetProperty("outlet").GetString());
            Assert.True(source.GetProperty("newOutlet").GetBoolean());
        }

        var page = await Get(server, $"/stories/{id}?since={first}");
        Assert.Contains($"Changes since version {first}</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<h3>New sources</h3>", page, StringComparison.Ordinal);
        Assert.Contains("Port Weekly: ", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/stories/{id}?since={first}#changes-title\"", await Get(server, $"/stories/{id}"), StringComparison.Ordinal);

        var atom = XDocument.Parse(await Get(server, $"/stories/{id}/feed.atom"));
        XNamespace a = "http://www.w3.org/2005/Atom";
        var versions = atom.Root!.Elements(a + "entry").Where(e => e.Element(a + "title")!.Value.StartsWith("Brief, version", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, versions.Count);
        Assert.StartsWith($"Brief, version {now}:", versions[0].Element(a + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains($"since version {first}: ", versions[0].Element(a + "summary")!.Value, StringComparison.Ordinal);
        Assert.Contains("1 new source", versions[0].Element(a + "summary")!.Value, StringComparison.Ordinal);
        Assert.EndsWith($"/stories/{id}?since={first}", versions[0].Element(a + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingForChangesNamesWhatIsWrong()
    {
        await using var server = await TestServer.StartAsync(withSample: false);
        server.IngestBeside([Articles.BridgeReport(0, "Calvera Herald"), Articles.BridgeReport(1, "Harbour Radio")]);
        var (id, version) = Story(server);

        using var bad = await server.Client.GetAsync(new Uri($"/api/v1/stories/{id}/changes?since=first", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("since: \\\"first\\\" is not a version number", await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var later = await server.Client.GetAsync(new Uri($"/api/v1/stories/{id}/changes?since={version + 5}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, later.StatusCode);
        Assert.Contains($"the story is at version {version}", await later.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var missing = await server.Client.GetAsync(new Uri("/api/v1/stories/999/changes?since=1", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        using var same = JsonDocument.Parse(await Get(server, $"/api/v1/stories/{id}/changes?since={version}"));
        Assert.Equal(0, same.RootElement.GetProperty("newSources").GetArrayLength());
        Assert.Contains("Nothing in the brief changed", await Get(server, $"/stories/{id}?since={version}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOpmlFileIsImportedThroughTheApiWithTheKey()
    {
        await using var server = await TestServer.StartAsync(withSample: false);
        const string opml = """
            <?xml version="1.0" encoding="utf-8"?>
            <opml version="2.0"><head><title>Mine</title></head><body>
              <outline text="News"><outline text="World"><outline type="rss" text="Valley Post" xmlUrl="https://valley.example/rss"/></outline></outline>
              <outline type="rss" text="Hill Courier" xmlUrl="https://hill.example/atom"/>
              <outline type="rss" text="Old gopher" xmlUrl="gopher://old.example/feed"/>
            </body></opml>
            """;
        using (var anonymous = await PostOpml(server, opml, key: null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var imported = await PostOpml(server, opml))
        {
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
            using var json = JsonDocument.Parse(await imported.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal((2, 0), (json.RootElement.GetProperty("added").GetInt32(), json.RootElement.GetProperty("alreadySubscribed").GetInt32()));
            var skipped = Assert.Single(json.RootElement.GetProperty("skipped").EnumerateArray());
            Assert.Equal("gopher://old.example/feed", skipped.GetProperty("url").GetString());
        }

        using (var again = await PostOpml(server, opml))
        {
            using var json = JsonDocument.Parse(await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal((0, 2), (json.RootElement.GetProperty("added").GetInt32(), json.RootElement.GetProperty("alreadySubscribed").GetInt32()));
        }

        using (var garbage = await PostOpml(server, "<html><body>not an outline</body></html>"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        }

        using var listed = JsonDocument.Parse(await Get(server, "/api/v1/feeds"));
        var feeds = listed.RootElement.GetProperty("feeds").EnumerateArray().ToList();
        Assert.Equal(["https://valley.example/rss", "https://hill.example/atom"], feeds.Select(f => f.GetProperty("url").GetString()));
        Assert.Equal("News/World", feeds[0].GetProperty("category").GetString());
    }

    private static (long Id, int Version) Story(TestServer server)
    {
        using var store = SqliteStoryStore.Open(server.Db);
        var story = Assert.Single(store.Stories(new StoryQuery()));
        return (story.Id, story.Version);
    }

    private static Task<string> Get(TestServer server, string path) => server.Client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    private static async Task<HttpResponseMessage> PostOpml(TestServer server, string opml, string? key = TestServer.Key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/feeds.opml") { Content = new StringContent(opml, Encoding.UTF8, "text/x-opml") };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
