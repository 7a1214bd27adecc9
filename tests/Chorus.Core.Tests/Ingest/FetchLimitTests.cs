using System.Diagnostics;
using System.Text;
using Chorus.Core.Inputs;
using Chorus.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Chorus.Core.Tests.Ingest;

/// <summary>
/// Bounded fetching (issue 16, points 6 and 8) against a real Kestrel server on 127.0.0.1: an overall deadline per
/// URL, a cap on pages fetched at once and on URLs per list, and a gzip body cut short refused by name.
/// </summary>
public sealed class FetchLimitTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private LocalWebServer server = null!;
    private int running;
    private int mostRunning;

    public async ValueTask InitializeAsync()
    {
        server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/drip", async (HttpContext c) =>
            {
                // One byte every 2 s: each read arrives within the read timeout, so only a deadline ends the fetch.
                c.Response.ContentType = "text/html";
                for (var i = 0; i < 60 && !c.RequestAborted.IsCancellationRequested; i++)
                {
                    await c.Response.Body.WriteAsync("<"u8.ToArray(), c.RequestAborted);
                    await c.Response.Body.FlushAsync(c.RequestAborted);
                    await Task.Delay(TimeSpan.FromSeconds(2), c.RequestAborted);
                }
            });
            app.MapGet("/counted/{n:int}", async (int n, HttpContext c) =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref mostRunning, now);
                await Task.Delay(150);
                Interlocked.Decrement(ref running);
                await LocalWebServer.WriteAsync(c, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Fixtures.ArticlePage($"Bridge {n} closed", $"<p>Bridge number {n} stays closed for repairs.</p>")));
            });
            app.MapGet("/cut-gzip", (HttpContext c) =>
            {
                var whole = Fixtures.Gzip(Encoding.UTF8.GetBytes(Fixtures.ArticlePage("Cut short")));
                return LocalWebServer.WriteAsync(c, "text/html", whole[..(whole.Length / 2)], "gzip");
            });
            app.MapGet("/padded", (HttpContext c) => LocalWebServer.WriteAsync(c, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Fixtures.ArticlePage(
                "Padded page",
                "<script>var pad = '" + new string('x', 2_000_000) + "';</script><!-- " + new string('y', 500_000) + " --><style>p { color: red }</style>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Padded page\"}</script><script>unclosed"))));
            app.MapGet("/page", (HttpContext c) => LocalWebServer.WriteAsync(c, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Fixtures.ArticlePage())));
        });
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    [Fact]
    public async Task AServerDrippingOneByteEveryTwoSecondsIsCutOffAtTheDeadline()
    {
        var options = new InputOptions { AllowPrivateAddresses = true, ReadTimeout = TimeSpan.FromSeconds(10), FetchDeadline = TimeSpan.FromSeconds(3) };
        var clock = Stopwatch.StartNew();

        var loaded = await InputLoader.LoadAsync([server.Url("/drip"), server.Url("/page")], options, TestContext.Current.CancellationToken);

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(20));
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(server.Url("/drip"), problem.Input);
        Assert.Contains("not done within the 3 s allowed for one page; cut off", problem.Message, StringComparison.Ordinal);
        Assert.Equal(server.Url("/page"), Assert.Single(loaded.Documents).Origin);
    }

    [Fact]
    public async Task NoMorePagesAreFetchedAtOnceThanAllowedAndTheyKeepInputOrder()
    {
        var urls = Enumerable.Range(0, 8).Select(n => server.Url($"/counted/{n}")).ToList();
        var options = new InputOptions { AllowPrivateAddresses = true, MaxConcurrentFetches = 2 };

        var loaded = await InputLoader.LoadAsync(urls, options, TestContext.Current.CancellationToken);

        Assert.Equal(urls, loaded.Documents.Select(d => d.Origin));
        Assert.InRange(mostRunning, 1, 2);
    }

    [Fact]
    public async Task AUrlListLongerThanTheCapIsFetchedUpToItAndNamed()
    {
        var list = folder.Write("urls.txt", string.Join('\n', Enumerable.Range(0, 6).Select(n => server.Url($"/counted/{n}"))));
        var options = new InputOptions { AllowPrivateAddresses = true, MaxUrlsPerList = 3 };

        var loaded = await InputLoader.LoadAsync([list], options, TestContext.Current.CancellationToken);

        Assert.Equal(3, loaded.Documents.Count);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(list, problem.Input);
        Assert.Contains("links 6 pages; only the first 3 are fetched", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFetchedPageIsKeptWithoutItsScriptsStylesAndCommentsAndExtractsAlike()
    {
        var options = new InputOptions { AllowPrivateAddresses = true };
        var loaded = await InputLoader.LoadAsync([server.Url("/padded")], options, TestContext.Current.CancellationToken);

        var kept = Assert.Single(loaded.Documents).Content;
        Assert.InRange(kept.Length, 1000, 20_000);
        Assert.Contains("application/ld+json", kept, StringComparison.Ordinal);
        Assert.Contains("<script>unclosed", kept, StringComparison.Ordinal);
        var article = Assert.Single(Chorus.Core.Pipeline.ArticleReader.ReadAll(loaded.Documents, []));
        Assert.Equal("Padded page", article.Title);
        Assert.Contains(Fixtures.Lead, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGzipBodyCutShortIsRefusedByNameAndTheOtherPagesAreRead()
    {
        var loaded = await InputLoader.LoadAsync([server.Url("/cut-gzip"), server.Url("/page")], new InputOptions { AllowPrivateAddresses = true }, TestContext.Current.CancellationToken);

        Assert.Equal(server.Url("/page"), Assert.Single(loaded.Documents).Origin);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(server.Url("/cut-gzip"), problem.Input);
        Assert.Contains("cut short", problem.Message, StringComparison.Ordinal);
    }
}
