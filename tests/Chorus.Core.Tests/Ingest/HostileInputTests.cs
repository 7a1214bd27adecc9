using System.Diagnostics;
using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Chorus.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Chorus.Core.Tests.Ingest;

/// <summary>
/// Inputs a hostile or broken source can send (issue 16, points 2 to 4): each one bad input becomes a warning
/// naming it, and the good page read beside it is still read.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private static readonly InputOptions Local = new() { AllowPrivateAddresses = true, ReadTimeout = TimeSpan.FromSeconds(5) };
    private static readonly InputOptions NoFetch = new() { FetchAllowed = false };
    private static readonly byte[] NotCompressed = Encoding.ASCII.GetBytes(new string('x', 40) + "this is not compressed data at all");
    private readonly TempFolder folder = new();
    private LocalWebServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/good", (HttpContext c) => LocalWebServer.WriteAsync(c, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Fixtures.ArticlePage())));
            app.MapGet("/bad-gzip", (HttpContext c) => LocalWebServer.WriteAsync(c, "text/html", [0x1F, 0x8B, 0x08, 0, .. NotCompressed], "gzip"));
            app.MapGet("/bad-br", (HttpContext c) => LocalWebServer.WriteAsync(c, "text/html", NotCompressed, "br"));
            app.MapGet("/utf7", (HttpContext c) => LocalWebServer.WriteAsync(c, "text/html; charset=csUnicode11UTF7", Encoding.UTF8.GetBytes(Fixtures.ArticlePage("Seven bit page"))));
        });
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    private static (List<InputProblem> Problems, List<Article> Articles) Read(LoadedInputs loaded)
    {
        var problems = loaded.Problems.ToList();
        return (problems, ArticleReader.ReadAll(loaded.Documents, problems));
    }

    [Fact]
    public async Task CorruptCompressedBodiesAndAUtf7CharsetAreNamedAndTheGoodPageRead()
    {
        string[] urls = [server.Url("/bad-gzip"), server.Url("/good"), server.Url("/bad-br"), server.Url("/utf7")];
        var loaded = await InputLoader.LoadAsync(urls, Local, TestContext.Current.CancellationToken);
        var (problems, articles) = Read(loaded);

        Assert.Contains(articles, a => a.Origin == server.Url("/good"));
        Assert.Contains(problems, p => p.Input == server.Url("/bad-gzip") && p.Message.Contains("corrupt", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Input == server.Url("/bad-br") && p.Message.Contains("corrupt", StringComparison.Ordinal));
        // UTF-7 is refused as a charset; the page is read as the detector decodes it (its text is the good page's).
        Assert.Contains(loaded.Documents, d => d.Origin == server.Url("/utf7") && d.Content.Contains("Seven bit page", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Input == server.Url("/utf7") && p.Message.StartsWith("same text as", StringComparison.Ordinal));
    }

    [Fact]
    public void AWarcRecordWithAHugeChunkSizeOrACorruptBrotliBodyDoesNotStopTheOthers()
    {
        var huge = Fixtures.WarcRecord("response", "https://valleypost.example/chunked", Encoding.ASCII.GetBytes(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n7FFFFFFF\r\n<html><body><p>cut</p></body></html>\r\n0\r\n\r\n"));
        var brotli = Fixtures.WarcRecord("response", "https://valleypost.example/br", [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n"), .. NotCompressed]);
        var good = Fixtures.WarcRecord("response", "https://valleypost.example/good", Fixtures.HttpResponse("text/html; charset=utf-8", Fixtures.ArticlePage()));
        var path = folder.Write("crawl.warc", [.. huge, .. brotli, .. good]);

        var (problems, articles) = Read(InputLoader.Load([path], NoFetch));
        Assert.Contains(articles, a => a.Origin.StartsWith(path + "@", StringComparison.Ordinal) && a.Title == "River floods valley town");
        Assert.Contains(problems, p => p.Input.StartsWith(path, StringComparison.Ordinal) && p.Message.Contains("br content encoding", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonTimestampsAsStringsOrOutOfRangeLeaveTheLineUndatedOrDated()
    {
        var text = Fixtures.Lead + " The bridge engineers said the river had risen faster than any flood on record in the valley.";
        var lines = string.Join('\n',
            $$"""{"text": "{{text}} One.", "timestamp_ms": "1700000000000"}""",
            $$"""{"text": "{{text}} Two.", "timestamp_ms": 99999999999999999}""",
            $$$"""{"text": "{{{text}}} Three.", "timestamp_ms": {"nested": true}}""",
            $$"""{"text": "{{text}} Four.", "timestamp_ms": 1700000000000}""");
        var path = folder.Write("lines.jsonl", lines);

        var loaded = InputLoader.Load([path], NoFetch);
        Assert.Empty(loaded.Problems);
        Assert.Equal(["2023-11-14T22:13:20Z", null, null, "2023-11-14T22:13:20Z"], loaded.Documents.Select(d => d.DateHint));
    }

    [Fact]
    public void DatesOutsideThePlausibleWindowAreDroppedWithAWarningAndCannotMoveTheStreamClock()
    {
        var text = Fixtures.Lead + " The bridge engineers said the river had risen faster than any flood on record in the valley.";
        var path = folder.Write("dates.jsonl", string.Join('\n',
            $$"""{"text": "{{text}} Far future.", "date": "9999-12-31"}""",
            $$"""{"text": "{{text}} Year one.", "date": "0001-01-01"}"""));
        var page = folder.Write("future.html", Fixtures.ArticlePage("Page from the future").Replace("2026-03-15T08:30:00+01:00", "9999-12-31T23:59:59Z", StringComparison.Ordinal));
        var loaded = InputLoader.Load([path, page], NoFetch);

        var (problems, articles) = Read(loaded);
        Assert.Equal(3, articles.Count);
        Assert.All(articles, a => Assert.Null(a.Published));
        Assert.Equal(3, problems.Count(p => p.Message.Contains("the date is dropped", StringComparison.Ordinal)));
        Assert.Contains(problems, p => p.Input == page && p.Message.Contains("9999-12-31", StringComparison.Ordinal));

        using var store = SqliteStoryStore.Open(Path.Combine(folder.Path, "dates.db"));
        using (var run = new IngestPipeline(store, ["dates"]))
        {
            run.IngestBatch(loaded.Documents);
            run.Finish();
        }

        Assert.True(store.LoadClusterState(10).StreamTime < DateTime.UtcNow.AddDays(2), "an implausible date moved the stream clock");
    }

    [Fact]
    public async Task PipesDevicesAndLinkLoopsInAFolderAreNamedAndSkippedWithoutHanging()
    {
        var good = folder.Write("news/good.html", Fixtures.ArticlePage());
        var pipe = Path.Combine(folder.Path, "news", "pipe.html");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "news", "back"), Path.Combine(folder.Path, "news"));
        var reading = Task.Run(() => InputLoader.Load([Path.Combine(folder.Path, "news"), "/dev/zero"], NoFetch), TestContext.Current.CancellationToken);
        var loaded = await reading.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.Equal([good], loaded.Documents.Select(d => d.Origin));
        Assert.Contains(loaded.Problems, p => p.Input == pipe && p.Message.Contains("not a regular file", StringComparison.Ordinal));
        Assert.Contains(loaded.Problems, p => p.Input == "/dev/zero" && p.Message.Contains("not a regular file", StringComparison.Ordinal));
        Assert.Single(loaded.Problems, p => p.Message.Contains("already read", StringComparison.Ordinal));
    }
}
