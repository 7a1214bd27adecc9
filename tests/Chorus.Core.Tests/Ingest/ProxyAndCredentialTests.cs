using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Chorus.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace Chorus.Core.Tests.Ingest;

/// <summary>The address policy cannot be sidestepped through a proxy, and credentials in URLs are not stored (issue 16, point 7).</summary>
public sealed class ProxyAndCredentialTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private LocalWebServer proxy = null!;
    private int proxied;

    public async ValueTask InitializeAsync()
    {
        // A stand-in proxy: it answers every request it is sent with a page, as a forwarding proxy would.
        proxy = await LocalWebServer.StartAsync(app => app.Run(c =>
        {
            Interlocked.Increment(ref proxied);
            return LocalWebServer.WriteAsync(c, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Fixtures.ArticlePage()));
        }));
    }

    public async ValueTask DisposeAsync()
    {
        await proxy.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task ThroughAProxyTheTargetHostIsCheckedNotTheProxy()
    {
        var options = new InputOptions { Proxy = new Uri(proxy.BaseUrl), ReadTimeout = TimeSpan.FromSeconds(5) };
        var loaded = await InputLoader.LoadAsync(["http://169.254.169.254/latest/meta-data/"], options, TestContext.Current.CancellationToken);

        Assert.Empty(loaded.Documents);
        Assert.Contains("cloud metadata address; refused", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(0, proxied);
    }

    [Fact]
    public async Task AGivenProxyCarriesTheRequests()
    {
        var options = new InputOptions { Proxy = new Uri(proxy.BaseUrl), AllowPrivateAddresses = true, ReadTimeout = TimeSpan.FromSeconds(5) };
        var loaded = await InputLoader.LoadAsync(["http://news.invalid/story"], options, TestContext.Current.CancellationToken);
        Assert.Single(loaded.Documents);
        Assert.Equal(1, proxied);
    }

    [Theory]
    [InlineData("https://user:secret@news.example/a?b=1#2", "https://news.example/a?b=1#2")]
    [InlineData("http://a:b@c@news.example:8080/x", "http://news.example:8080/x")]
    [InlineData("https://news.example/@handle", "https://news.example/@handle")]
    [InlineData("/tmp/crawl.warc@384", "/tmp/crawl.warc@384")]
    public void CredentialsAreCutFromUrls(string url, string stored) => Assert.Equal(stored, UrlCredentials.Strip(url));

    [Fact]
    public void AStoredArticleKeepsNoCredentials()
    {
        using var store = SqliteStoryStore.Open(Path.Combine(folder.Path, "a.db"));
        var page = new RawDocument("https://user:secret@news.example/flood", Fixtures.ArticlePage(), ContentKind.Html) { Url = "https://user:secret@news.example/flood" };
        using (var run = new IngestPipeline(store, ["https://user:secret@news.example/flood"]))
        {
            Assert.Equal(1, run.IngestBatch([page]).Added);
            run.Finish();
        }

        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT origin || ' ' || coalesce(url, '') FROM articles UNION ALL SELECT sources FROM runs";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Assert.DoesNotContain("secret", reader.GetString(0), StringComparison.Ordinal);
        }
    }
}
