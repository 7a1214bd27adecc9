using System.Net;
using System.Net.Http.Headers;
using System.Security;
using System.Text;
using System.Text.Json;
using Chorus.Core.Feeds;
using Chorus.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Chorus.Web.Tests;

/// <summary>Subscriptions in the API and on the feeds page, and the server's background poller against a loopback feed.</summary>
public sealed class FeedsWebTests
{
    [Fact]
    public async Task FeedsAreSubscribedListedAndRemovedWithTheKey()
    {
        await using var server = await TestServer.StartAsync(withSample: false);
        using (var anonymous = await Send(server, HttpMethod.Post, "/api/v1/feeds", """{"url":"https://valley.example/rss"}""", key: null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var created = await Send(server, HttpMethod.Post, "/api/v1/feeds", """{"url":"https://valley.example/rss","category":"News/Local"}"""))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using (var again = await Send(server, HttpMethod.Post, "/api/v1/feeds", """{"url":"https://valley.example/rss"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        using (var bad = await Send(server, HttpMethod.Post, "/api/v1/feeds", """{"url":"javascript:alert(1)"}"""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("is not an http or https URL", await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        var feed = Assert.Single(await Feeds(server));
        Assert.Equal("News/Local", feed.GetProperty("category").GetString());
        var page = await server.Client.GetStringAsync("/feeds", TestContext.Current.CancellationToken);
        Assert.Contains("https://valley.example/rss", page, StringComparison.Ordinal);
        Assert.Contains("never fetched", page, StringComparison.Ordinal);
        Assert.Contains("does not poll them", page, StringComparison.Ordinal);
        Assert.Contains("xmlUrl=\"https://valley.example/rss\"", await server.Client.GetStringAsync("/api/v1/feeds.opml", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var id = feed.GetProperty("id").GetInt64();
        using (var removed = await Send(server, HttpMethod.Delete, $"/api/v1/feeds/{id}", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }

        Assert.Empty(await Feeds(server));
        using var missing = await Send(server, HttpMethod.Delete, $"/api/v1/feeds/{id}", null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task TheServerPollsItsFeedsIntoStoriesInTheBackground()
    {
        await using var site = await StartFeedSiteAsync();
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using var server = await TestServer.StartAsync(withSample: false, adjust: o => o with
        {
            PollFeeds = true,
            AllowPrivateFetches = true,
            FeedPolling = new FeedPollerOptions { PerHostDelay = TimeSpan.Zero, MaxIdle = TimeSpan.FromMilliseconds(200) },
        });
        using (var created = await Send(server, HttpMethod.Post, "/api/v1/feeds", $$"""{"url":"{{address}}/feed"}"""))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        // Waits for the poller's next pass (it sleeps at most a second between passes).
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        JsonElement feed;
        while ((feed = Assert.Single(await Feeds(server))).GetProperty("items").GetInt32() < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal(3, feed.GetProperty("items").GetInt32());
        Assert.Equal("Calvera Gazette", feed.GetProperty("title").GetString());
        using var stories = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/stories", TestContext.Current.CancellationToken));
        Assert.Equal(3, stories.RootElement.GetProperty("stories").EnumerateArray().Sum(s => s.GetProperty("articles").GetInt32()));
        var page = await server.Client.GetStringAsync("/feeds", TestContext.Current.CancellationToken);
        Assert.Contains("Calvera Gazette", page, StringComparison.Ordinal);
        Assert.Contains("just now: read", page, StringComparison.Ordinal);
        Assert.Contains("polls them in the background", page, StringComparison.Ordinal);
    }

    private static async Task<WebApplication> StartFeedSiteAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var items = string.Concat(Enumerable.Range(0, 3).Select(n =>
            $"<item><title>{SecurityElement.Escape(Articles.Title(n))}</title><link>https://gazette{n}.example/bridge</link><guid>bridge-{n}</guid>" +
            $"<pubDate>Tue, 07 May 2024 0{n}:00:00 GMT</pubDate><content:encoded>{SecurityElement.Escape(string.Concat(Articles.Body(n).Split("\n\n").Select(p => $"<p>{p}</p>")))}</content:encoded></item>"));
        var feed = $"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Calvera Gazette</title>{items}</channel></rss>""";
        app.MapGet("/feed", (HttpContext c) =>
        {
            c.Response.ContentType = "application/rss+xml";
            return c.Response.WriteAsync(feed, Encoding.UTF8);
        });
        await app.StartAsync();
        return app;
    }

    private static async Task<List<JsonElement>> Feeds(TestServer server)
    {
        using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/feeds", TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("feeds").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static async Task<HttpResponseMessage> Send(TestServer server, HttpMethod method, string path, string? json, string? key = TestServer.Key)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
