using System.Net;
using System.Text;
using System.Text.Json;
using Chorus.Core.Storage;
using Chorus.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Web.Tests;

/// <summary>
/// POST /api/v1/articles through the ingest pipeline, what a running server sees of writes beside it, briefs kept
/// per story version, and every malformed write refused whole.
/// </summary>
public sealed class WriteTests
{
    private static string Json(params object[] articles) => JsonSerializer.Serialize(articles);

    private static object Bridge(int n, string outlet) => new
    {
        title = Articles.Title(n),
        text = Articles.Body(n),
        source = outlet,
        date = "2024-05-07",
        url = $"https://{outlet.Replace(' ', '-').ToLowerInvariant()}.example/bridge",
    };

    [Fact]
    public async Task ASearchRepeatedAfterAWriteSeesTheNewArticles()
    {
        await using var server = await TestServer.StartAsync();
        async Task<(int Hits, int Stories)> Search()
        {
            using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/search?q=girder", TestContext.Current.CancellationToken));
            return (json.RootElement.GetProperty("hits").GetArrayLength(), json.RootElement.GetProperty("stories").GetArrayLength());
        }

        var before = await Search();
        Assert.Equal(before, await Search());
        using var response = await SecurityTests.Post(server, Json(Bridge(0, "Calvera Times"), Bridge(1, "Harbour Post")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var after = await Search();
        Assert.Equal(before.Hits + 2, after.Hits);
        Assert.Equal(before.Stories + 1, after.Stories);
        var page = await server.Client.GetStringAsync("/search?q=girder", TestContext.Current.CancellationToken);
        Assert.Contains("<mark>girder</mark>", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PostedArticlesJoinTheStoreAndTheListShowsThemAtOnce()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await SecurityTests.Post(server, Json(Bridge(0, "Calvera Times"), Bridge(1, "Harbour Post"), Bridge(2, "Coast Radio")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, result.RootElement.GetProperty("added").GetInt32());
        var placed = result.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(3, placed.Count);
        var story = placed[0].GetProperty("storyId").GetInt64();
        Assert.All(placed, p => Assert.Equal(story, p.GetProperty("storyId").GetInt64()));
        Assert.Equal(0, result.RootElement.GetProperty("problems").GetArrayLength());

        // The sample's reports are dated 2026, these 2024: the newest first puts them second.
        using var list = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/stories?order=newest", TestContext.Current.CancellationToken));
        var second = list.RootElement.GetProperty("stories")[1];
        Assert.Equal(story, second.GetProperty("id").GetInt64());
        Assert.Equal(3, second.GetProperty("independentSources").GetInt32());

        using var filtered = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/stories?outlet=harbour+post", TestContext.Current.CancellationToken));
        Assert.Equal(story, Assert.Single(filtered.RootElement.GetProperty("stories").EnumerateArray()).GetProperty("id").GetInt64());
        using var dated = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/stories?from=2026-03-14&to=2026-03-17", TestContext.Current.CancellationToken));
        Assert.Equal(1, Assert.Single(dated.RootElement.GetProperty("stories").EnumerateArray()).GetProperty("id").GetInt64());
        using var text = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/stories?q=girder", TestContext.Current.CancellationToken));
        Assert.Equal(1, text.RootElement.GetProperty("total").GetInt32());
        using var paged = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/stories?limit=1&page=2", TestContext.Current.CancellationToken));
        Assert.Equal(2, paged.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(1, paged.RootElement.GetProperty("offset").GetInt32());
        Assert.Equal(story, paged.RootElement.GetProperty("stories")[0].GetProperty("id").GetInt64());

        using var again = await SecurityTests.Post(server, Json(Bridge(0, "Calvera Times")));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var repeat = JsonDocument.Parse(await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, repeat.RootElement.GetProperty("alreadyStored").GetInt32());
    }

    [Fact]
    public async Task ArticlesIngestedBesideTheServerAreSeenAndTheStorysBriefMovesToANewVersion()
    {
        await using var server = await TestServer.StartAsync(withSample: false);
        server.IngestBeside([Articles.BridgeReport(0, "Calvera Times"), Articles.BridgeReport(1, "Harbour Post")]);
        var page = await server.Client.GetStringAsync("/stories/1", TestContext.Current.CancellationToken);
        Assert.Contains("2 articles from 2 independent sources", page, StringComparison.Ordinal);

        server.IngestBeside([Articles.BridgeReport(2, "Coast Radio")]);
        page = await server.Client.GetStringAsync("/stories/1", TestContext.Current.CancellationToken);
        Assert.Contains("3 articles from 3 independent sources", page, StringComparison.Ordinal);
        Assert.Contains("Version 2", page, StringComparison.Ordinal);

        using var store = SqliteStoryStore.Open(server.Db);
        Assert.Equal(new[] { 2, 1 }, store.BriefVersions(1));
        Assert.Contains("\"articleCount\": 2", store.Brief(1, 1)!.BriefJson, StringComparison.Ordinal);

        // The API serves the brief saved for the current version.
        var saved = store.Brief(1, 2)!;
        Assert.Equal(saved.BriefJson, await server.Client.GetStringAsync("/api/v1/stories/1", TestContext.Current.CancellationToken));

        // A write through the API after a write beside it continues from the store's state, not a stale one.
        using var posted = await SecurityTests.Post(server, Json(Bridge(3, "Isle Gazette")));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        using var result = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, result.RootElement.GetProperty("articles")[0].GetProperty("storyId").GetInt64());
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task AnHtmlPageIsIngestedWithItsAddress()
    {
        await using var server = await TestServer.StartAsync(withSample: false);
        var paragraphs = string.Concat(Articles.Body(0).Split("\n\n").Select(p => $"<p>{p} The council met again to hear the engineers.</p>"));
        var html = $"<!DOCTYPE html><html><head><title>Bridge closed</title><meta property=\"og:site_name\" content=\"Calvera Times\"></head><body><article><h1>Bridge closed</h1>{paragraphs}</article></body></html>";

        using var missing = await SecurityTests.Post(server, html, contentType: "text/html");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("an HTML page needs its address", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles?url=" + Uri.EscapeDataString("https://calvera.example/bridge")) { Content = new StringContent(html, Encoding.UTF8, "text/html") };
        request.Headers.Authorization = new("Bearer", TestServer.Key);
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var placed = result.RootElement.GetProperty("articles")[0];
        Assert.Equal("https://calvera.example/bridge", placed.GetProperty("origin").GetString());
        using var article = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/articles/" + placed.GetProperty("articleId").GetString(), TestContext.Current.CancellationToken));
        Assert.Equal("https://calvera.example/bridge", article.RootElement.GetProperty("url").GetString());
        Assert.Equal("Calvera Times", article.RootElement.GetProperty("outlet").GetString());
    }

    [Theory]
    [InlineData("application/json", "{\"title\": \"a\", \"text\": ", 400, "the body is not valid JSON at line 1")]
    [InlineData("application/json", "42", 400, "the body is a JSON number; send an article object or an array of them")]
    [InlineData("application/json", "[{\"title\": \"a\", \"text\": \"some words\"}, 7]", 400, "item 3 of the array is not an article object")]
    [InlineData("application/json", "[{\"title\": \"only a title\"}]", 400, "hold no article text")]
    [InlineData("application/x-ndjson", "{\"text\": \"fine\"}\n{broken\n", 400, "line 2: not valid JSON")]
    [InlineData("text/csv", "title,text\na,b\n", 415, "the body's type is text/csv; this endpoint takes application/json")]
    [InlineData("application/json", "", 400, "the body is empty")]
    public async Task AMalformedWriteIsRefusedWholeNamingTheProblem(string contentType, string body, int status, string detail)
    {
        await using var server = await TestServer.StartAsync(withSample: false);
        var good = JsonSerializer.Serialize(Bridge(0, "Calvera Times"));
        var mixed = body.StartsWith('[') ? body.Insert(1, good + ", ") : body;
        using var response = await SecurityTests.Post(server, mixed, contentType: contentType);
        Assert.Equal(status, (int)response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(detail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await SecurityTests.Articles(server));
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRefusedWhetherAnnouncedOrStreamed()
    {
        await using var server = await TestServer.StartAsync(withSample: false, limits: new ServeLimits { MaxWriteBodyBytes = 4096 });
        var big = Json(Enumerable.Range(0, 12).Select(i => Bridge(i, $"Outlet {i}")).ToArray());
        Assert.True(Encoding.UTF8.GetByteCount(big) > 4096);

        using var announced = await SecurityTests.Post(server, big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, announced.StatusCode);
        Assert.Contains("over the", await announced.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big))) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Authorization = new("Bearer", TestServer.Key);
        using var streamed = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal(0, await SecurityTests.Articles(server));
    }
}
