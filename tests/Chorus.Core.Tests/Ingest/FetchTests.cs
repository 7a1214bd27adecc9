using System.IO.Compression;
using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Chorus.Core.Tests.Ingest;

/// <summary>URL inputs fetched from a real Kestrel server on 127.0.0.1, under the fetch limits.</summary>
public sealed class FetchTests : IAsyncLifetime
{
    private static readonly InputOptions Local = new() { AllowPrivateAddresses = true, ReadTimeout = TimeSpan.FromSeconds(2) };
    private readonly TempFolder folder = new();
    private LocalWebServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/page", (HttpContext c) => LocalWebServer.WriteAsync(c, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Fixtures.ArticlePage())));
            app.MapGet("/gzipped", (HttpContext c) => LocalWebServer.WriteAsync(c, "text/html", Fixtures.Gzip(Encoding.UTF8.GetBytes(Fixtures.ArticlePage("Gzipped page"))), "gzip"));
            app.MapGet("/brotli", (HttpContext c) => LocalWebServer.WriteAsync(c, "text/html", Brotli(Encoding.UTF8.GetBytes(Fixtures.ArticlePage("Brotli page"))), "br"));
            app.MapGet("/latin1", (HttpContext c) => LocalWebServer.WriteAsync(c, "text/html; charset=iso-8859-1", Encoding.Latin1.GetBytes("<html><body><p>Caf\u00e9 owners in the square said the water reached their doors, and the clean-up would take weeks.</p></body></html>")));
            app.MapGet("/hop/{n:int}", (int n) => n == 0 ? Results.Redirect("/page") : Results.Redirect($"/hop/{n - 1}"));
            app.MapGet("/big", (HttpContext c) => LocalWebServer.WriteAsync(c, "text/html", new byte[3 * 1024 * 1024]));
            app.MapGet("/bomb", (HttpContext c) => LocalWebServer.WriteAsync(c, "text/html", Fixtures.Gzip(new byte[32 * 1024 * 1024]), "gzip"));
            app.MapGet("/slow", async (HttpContext c) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(5), c.RequestAborted);
                return "late";
            });
            app.MapGet("/missing", () => Results.NotFound());
            app.MapGet("/feed", (HttpContext c) => LocalWebServer.WriteAsync(c, "application/rss+xml", Encoding.UTF8.GetBytes(Fixtures.Rss(null, server.Url("/page")))));
        });
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    private static byte[] Brotli(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(bytes);
        }

        return output.ToArray();
    }

    [Fact]
    public async Task PageIsFetchedAndExtracted()
    {
        var loaded = await InputLoader.LoadAsync([server.Url("/page")], Local, TestContext.Current.CancellationToken);
        var document = Assert.Single(loaded.Documents);
        Assert.Equal(ContentKind.Html, document.Kind);
        Assert.NotNull(document.FetchedAt);
        var article = Assert.Single(ArticleReader.ReadAll(loaded.Documents, []));
        Assert.Equal("River floods valley town", article.Title);
    }

    [Theory]
    [InlineData("/gzipped", "Gzipped page")]
    [InlineData("/brotli", "Brotli page")]
    public async Task CompressedResponsesAreDecoded(string path, string title)
    {
        var loaded = await InputLoader.LoadAsync([server.Url(path)], Local, TestContext.Current.CancellationToken);
        Assert.Equal(title, Assert.Single(ArticleReader.ReadAll(loaded.Documents, [])).Title);
    }

    [Fact]
    public async Task HttpCharsetDecidesTheEncoding()
    {
        var loaded = await InputLoader.LoadAsync([server.Url("/latin1")], Local, TestContext.Current.CancellationToken);
        Assert.Contains("Café owners", Assert.Single(loaded.Documents).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveRedirectsAreFollowedButNotSix()
    {
        var ok = await InputLoader.LoadAsync([server.Url("/hop/4")], Local, TestContext.Current.CancellationToken);
        Assert.Single(ok.Documents);
        var tooMany = await InputLoader.LoadAsync([server.Url("/hop/5")], Local, TestContext.Current.CancellationToken);
        Assert.Empty(tooMany.Documents);
        Assert.Contains("more than 5 redirects", Assert.Single(tooMany.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/big", "over the 1 MB limit")]
    [InlineData("/bomb", "inflates to more than 1 MB (a gzip bomb?)")]
    [InlineData("/slow", "no answer within 2 s")]
    [InlineData("/missing", "answered 404")]
    public async Task FetchFailuresAreNamed(string path, string reason)
    {
        var options = Local with { MaxBodyBytes = 1024 * 1024 };
        var loaded = await InputLoader.LoadAsync([server.Url(path), server.Url("/page")], options, TestContext.Current.CancellationToken);
        Assert.Single(loaded.Documents);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(server.Url(path), problem.Input);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoopbackIsRefusedUnlessAllowed()
    {
        var loaded = await InputLoader.LoadAsync([server.Url("/page")], new InputOptions(), TestContext.Current.CancellationToken);
        Assert.Empty(loaded.Documents);
        var problem = Assert.Single(loaded.Problems);
        Assert.Contains("127.0.0.1, a loopback address; refused", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.20.0.1", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.169.254", "cloud metadata")]
    [InlineData("169.254.1.1", "link-local")]
    [InlineData("100.100.100.200", "shared (carrier-grade NAT)")]
    [InlineData("::1", "loopback")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fd00:ec2::254", "private (unique local)")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("::169.254.169.254", "cloud metadata (embedded in the IPv6 address)")]
    [InlineData("64:ff9b::10.0.0.1", "private (embedded in the IPv6 address)")]
    [InlineData("2002:7f00:1::", "loopback (embedded in the IPv6 address)")]
    [InlineData("64:ff9b::93.184.216.34", null)]
    [InlineData("2002:5db8:d822::1", null)]
    [InlineData("93.184.216.34", null)]
    [InlineData("2606:4700::1111", null)]
    public void AddressPolicyRanges(string address, string? reason) =>
        Assert.Equal(reason, AddressPolicy.RefusalReason(System.Net.IPAddress.Parse(address)));

    [Fact]
    public async Task FeedItemWithOnlyASummaryHasItsLinkedPageFetched()
    {
        var loaded = await InputLoader.LoadAsync([server.Url("/feed")], Local, TestContext.Current.CancellationToken);
        var document = Assert.Single(loaded.Documents);
        Assert.Equal("Valley Post World", document.OutletHint);
        var article = Assert.Single(ArticleReader.ReadAll(loaded.Documents, []));
        Assert.Equal("Valley Post World", article.Outlet.Name);
    }

    [Fact]
    public async Task UrlListFileIsFetchedLineByLine()
    {
        var list = folder.Write("urls.txt", $"# pages to read\n{server.Url("/gzipped")}\n\n{server.Url("/brotli")}\n");
        var loaded = await InputLoader.LoadAsync([list], Local, TestContext.Current.CancellationToken);
        Assert.Equal([server.Url("/gzipped"), server.Url("/brotli")], loaded.Documents.Select(d => d.Origin));
        Assert.Empty(loaded.Problems);
    }

    [Fact]
    public void ChorusBriefFetchesUrlsWithAllowPrivateAndRefusesWithout()
    {
        var allowed = CliRunner.Run("brief", server.Url("/page"), server.Url("/gzipped"), "--allow-private");
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("River floods valley town", allowed.Stdout, StringComparison.Ordinal);

        var refused = CliRunner.Run("brief", server.Url("/page"));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"warning: {server.Url("/page")}: cannot be fetched: 127.0.0.1 resolves to 127.0.0.1, a loopback address; refused", refused.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Stderr, StringComparison.Ordinal);
    }
}
