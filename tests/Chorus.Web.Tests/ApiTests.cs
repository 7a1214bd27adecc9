using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Chorus.Web.Tests.Support;
using Xunit;

namespace Chorus.Web.Tests;

/// <summary>The JSON API over the sample: the CLI's shapes, paging and filters, articles, search, feeds, OpenAPI, problems.</summary>
public sealed class ApiTests(SampleServer sample)
{
    private TestServer Server => sample.Server;

    [Fact]
    public async Task AStorysBriefIsByteForByteWhatChorusShowWrites()
    {
        var api = await Server.Client.GetStringAsync("/api/v1/stories/1", TestContext.Current.CancellationToken);
        var cli = CliRunner.Run("show", "1", "--db", Server.Db, "--format", "json");
        Assert.Equal(0, cli.ExitCode);

        // chorus show writes the stories document (schema 3) with its one story; the API serves that story's brief.
        using var shown = JsonDocument.Parse(cli.Stdout);
        using var served = JsonDocument.Parse(api);
        Assert.Equal(1, shown.RootElement.GetProperty("storyCount").GetInt32());
        Assert.Equal(JsonSerializer.Serialize(shown.RootElement.GetProperty("stories")[0]), JsonSerializer.Serialize(served.RootElement));

        var html = CliRunner.Run("show", "1", "--db", Server.Db, "--format", "html");
        Assert.Equal(html.Stdout, await Server.Client.GetStringAsync("/stories/1/brief.html", TestContext.Current.CancellationToken));
        Assert.Equal(CliRunner.Run("show", "1", "--db", Server.Db).Stdout, await Server.Client.GetStringAsync("/stories/1/brief.md", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheStoryListHasTheCliShapeAndPages()
    {
        using var api = JsonDocument.Parse(await Server.Client.GetStringAsync("/api/v1/stories", TestContext.Current.CancellationToken));
        using var cli = JsonDocument.Parse(CliRunner.Run("stories", "--db", Server.Db, "--format", "json").Stdout);
        Assert.Equal(1, api.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(cli.RootElement.GetProperty("stories").GetRawText(), api.RootElement.GetProperty("stories").GetRawText());
        Assert.Equal(1, api.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(25, api.RootElement.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task AnArticleHasItsCleanedTextAndEachRemovedLineWithItsRule()
    {
        using var brief = JsonDocument.Parse(await Server.Client.GetStringAsync("/api/v1/stories/1", TestContext.Current.CancellationToken));
        var removed = brief.RootElement.GetProperty("removed").EnumerateArray().First(r => r.GetProperty("lines").GetArrayLength() > 0);
        var id = removed.GetProperty("articleId").GetString();
        using var article = JsonDocument.Parse(await Server.Client.GetStringAsync($"/api/v1/articles/{id}", TestContext.Current.CancellationToken));
        var root = article.RootElement;
        Assert.Equal(1, root.GetProperty("storyId").GetInt64());
        Assert.Equal(removed.GetProperty("source").GetString(), root.GetProperty("label").GetString());
        Assert.Equal(JsonSerializer.Serialize(removed.GetProperty("lines")), JsonSerializer.Serialize(root.GetProperty("removed")));
        var attribution = brief.RootElement.GetProperty("summary").EnumerateArray().SelectMany(s => s.GetProperty("attributions").EnumerateArray()).First(a => a.GetProperty("articleId").GetString() == id);
        var text = root.GetProperty("text").GetString()!;
        Assert.Equal(attribution.GetProperty("text").GetString(), text[attribution.GetProperty("start").GetInt32()..attribution.GetProperty("end").GetInt32()]);
    }

    [Theory]
    [InlineData("/api/v1/stories/424242", "story 424242 is not in the store")]
    [InlineData("/api/v1/articles/nothing-here", "article nothing-here is not in the store")]
    [InlineData("/api/v1/stories?order=loudest", "order: \"loudest\" is not an order; use covered or newest")]
    [InlineData("/api/v1/stories?from=yesterday", "from: \"yesterday\" is not a date; use YYYY-MM-DD")]
    [InlineData("/api/v1/stories?limit=0", "limit: \"0\" is not a whole number from 1 to 200")]
    [InlineData("/api/v1/search?q=OR+flood", "q: OR at character 1 needs a word or phrase to look for on both sides")]
    [InlineData("/api/v1/search?q=-flood", "q: name at least one word to look for (a query of only -excluded words finds nothing)")]
    [InlineData("/api/v1/search?q=", "q: type a word to search for")]
    public async Task BadRequestsGetAProblemNamingIt(string path, string detail)
    {
        using var response = await Server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(detail, problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal((int)response.StatusCode, problem.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPagesAre404PagesWithoutATrace()
    {
        foreach (var path in new[] { "/stories/424242", "/articles/none", "/nowhere", "/stories/1/brief.exe" })
        {
            using var response = await Server.Client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("There is no story, article or page at this address", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SearchFindsPhrasesPrefixesAndExclusionsWithTheCliHitShape()
    {
        async Task<JsonElement> Search(string q)
        {
            using var json = JsonDocument.Parse(await Server.Client.GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString(q), TestContext.Current.CancellationToken));
            return json.RootElement.Clone();
        }

        var phrase = await Search("\"spillway gate\"");
        var cli = JsonDocument.Parse(CliRunner.Run("search", "spillway gate", "--db", Server.Db, "--format", "json").Stdout).RootElement;
        Assert.Equal(cli.GetProperty("hits")[0].EnumerateObject().Select(p => p.Name), phrase.GetProperty("hits")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, phrase.GetProperty("stories").GetArrayLength());
        Assert.True(phrase.GetProperty("hits").GetArrayLength() >= 4);
        Assert.Equal(0, (await Search("\"gate spillway\"")).GetProperty("hits").GetArrayLength());
        Assert.True((await Search("spill*")).GetProperty("hits").GetArrayLength() >= 4);
        Assert.Equal(0, (await Search("spillway -Teshkan")).GetProperty("hits").GetArrayLength());
        Assert.True((await Search("zzzz OR spillway")).GetProperty("hits").GetArrayLength() >= 4);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheApi()
    {
        using var json = JsonDocument.Parse(await Server.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var paths = json.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/stories", "/api/v1/stories/{id}", "/api/v1/articles/{id}", "/api/v1/search", "/api/v1/articles", "/healthz" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path + " is not described");
        }

        Assert.True(paths.GetProperty("/api/v1/articles").TryGetProperty("post", out var post));
        Assert.True(post.GetProperty("responses").TryGetProperty("401", out _));
    }

    [Fact]
    public async Task AtomFeedsListTheStoriesAndFollowOne()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        using var list = await Server.Client.GetAsync("/feed.atom", TestContext.Current.CancellationToken);
        Assert.Equal("application/atom+xml", list.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await list.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Equal("Thousands evacuated as jammed dam gate floods Veldorian town", entry.Element(atom + "title")!.Value);
        Assert.EndsWith("/stories/1", entry.Element(atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);

        var story = XDocument.Parse(await Server.Client.GetStringAsync("/stories/1/feed.atom", TestContext.Current.CancellationToken));
        var entries = story.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(6, entries.Count); // the brief, then its five articles
        Assert.StartsWith("Brief, version 1", entries[0].Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains("The Daily Ledger", entries[0].Element(atom + "content")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthSaysTheStoreIsReadable()
    {
        using var health = JsonDocument.Parse(await Server.Client.GetStringAsync("/healthz", TestContext.Current.CancellationToken));
        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(5, health.RootElement.GetProperty("articles").GetInt64());
        Assert.Equal(1, health.RootElement.GetProperty("stories").GetInt64());
    }
}
