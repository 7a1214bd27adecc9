using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Chorus.Web.Hosting;
using Chorus.Web.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace Chorus.Web.Tests;

/// <summary>Hostile text stays text in the browser; every response carries the security headers; writes need the key.</summary>
public sealed class SecurityTests(SampleServer sample, Browser browser)
{
    private const string Body =
        "The harbour authority of Vessmark said on Monday that the northern pier would close for repairs after storms cracked its deck in two places.\n\n" +
        "<script>window.__xss = 'script'</script> Officials said the pier would reopen in June once divers had checked the pilings below the waterline.\n\n" +
        "<img src=x onerror=\"window.__xss = 'img'\"> Fishing boats will moor at the southern basin, where the authority has added forty temporary berths.\n\n" +
        "<a href=\"javascript:window.__xss='link'\">Read the notice</a> on the authority's board, the harbour master told reporters at the quay.\n";

    [Fact]
    public async Task MarkupInTitlesBodiesAndOutletsIsShownAsTextAndNeverRuns()
    {
        await using var server = await TestServer.StartAsync(withSample: false);
        var article = JsonSerializer.Serialize(new
        {
            title = "Pier closes <script>window.__xss = 'title'</script>",
            text = Body,
            source = "<img src=x onerror=\"window.__xss = 'outlet'\">Harbour News",
            url = "javascript:window.__xss='url'",
            date = "2024-05-06",
        });
        var posted = await Post(server, article);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        using var result = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var placed = result.RootElement.GetProperty("articles")[0];
        var story = placed.GetProperty("storyId").GetInt64();
        var id = placed.GetProperty("articleId").GetString();

        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        foreach (var path in new[] { "/", $"/stories/{story}", $"/articles/{id}", "/search?q=pier", $"/stories/{story}/feed.atom" })
        {
            await page.GotoAsync(server.Url + path);
            Assert.Null(await page.EvaluateAsync<string?>("window.__xss ?? null"));
            Assert.Equal(0, await page.Locator("a[href^='javascript:' i], [onerror], [onclick]").CountAsync());
            var scripts = await page.Locator("script").EvaluateAllAsync<string[]>("s => s.map(e => e.getAttribute('src') ?? 'inline')");
            Assert.All(scripts, src => Assert.StartsWith("/static/site.js?v=", src, StringComparison.Ordinal));
        }

        await page.GotoAsync(server.Url + $"/articles/{id}");
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains("<script>window.__xss = 'script'</script>", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"javascript:window.__xss='link'\">Read the notice</a>", text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"window.__xss = 'outlet'\">Harbour News", text, StringComparison.Ordinal);
        Assert.Contains("Pier closes <script>", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, dialogs);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stories/1")]
    [InlineData("/api/v1/stories")]
    [InlineData("/api/v1/stories/99999")]
    [InlineData("/static/site.css")]
    [InlineData("/nowhere")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        using var response = await sample.Server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(SecurityHeaders.Policy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self'", SecurityHeaders.Policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.Policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task TheHtmlDownloadIsSelfContainedAndItsOnlyInlineStyleIsAllowedByHash()
    {
        using var response = await sample.Server.Client.GetAsync("/stories/1/brief.html", TestContext.Current.CancellationToken);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("style-src " + Core.Rendering.BriefHtml.StylesheetHash, policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);

        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) => violations.Add(message.Text);
        await page.RouteAsync("**/brief-file", route => route.FulfillAsync(new RouteFulfillOptions { Body = html, ContentType = "text/html", Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = policy } }));
        await page.GotoAsync(sample.Server.Url + "/brief-file");
        Assert.Equal("uppercase", await page.Locator(".brief .kicker").EvaluateAsync<string>("k => getComputedStyle(k).textTransform"));
        Assert.DoesNotContain(violations, v => v.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WritesNeedTheKeyAndTheKeyIsNeverLogged()
    {
        await using var server = await TestServer.StartAsync(withSample: false);
        var article = JsonSerializer.Serialize(new { title = "Pier closes", text = Body.Replace("<", "(", StringComparison.Ordinal), source = "Harbour News", date = "2024-05-06" });

        using var none = await Post(server, article, key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("needs the server's API key", await none.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var wrong = await Post(server, article, key: "guess-guess-guess");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(0, await Articles(server));

        using var viaHeader = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = new StringContent(article, Encoding.UTF8, "application/json") };
        viaHeader.Headers.Add("X-Api-Key", TestServer.Key);
        using var right = await server.Client.SendAsync(viaHeader, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, right.StatusCode);
        Assert.Equal(1, await Articles(server));

        Assert.NotEmpty(server.Logs.Lines);
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains(TestServer.Key, StringComparison.Ordinal) || line.Contains("guess-guess", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AServerWithoutAKeyRefusesEveryWrite()
    {
        await using var server = await TestServer.StartAsync(withSample: false, key: null);
        using var response = await Post(server, "{}", key: "anything");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("writes are turned off on this server", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritesAreRateLimitedPerClient()
    {
        await using var server = await TestServer.StartAsync(withSample: false, limits: new ServeLimits { WritesPerWindow = 2, WriteWindow = TimeSpan.FromMinutes(5) });
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(server, "[]")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(server, "[]")).StatusCode);
        using var third = await Post(server, "[]");
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("300", third.Headers.GetValues("Retry-After").Single());
        Assert.Contains("at most 2 write requests per 300 s", await third.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/v1/stories", TestContext.Current.CancellationToken)).StatusCode);
    }

    internal static async Task<HttpResponseMessage> Post(TestServer server, string json, string? key = TestServer.Key, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    internal static async Task<long> Articles(TestServer server)
    {
        using var health = JsonDocument.Parse(await server.Client.GetStringAsync("/healthz", TestContext.Current.CancellationToken));
        return health.RootElement.GetProperty("articles").GetInt64();
    }
}
