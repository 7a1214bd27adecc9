using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Ingest;

/// <summary>WARC files built by the test: plain and one gzip member per record, with bad records among good ones.</summary>
public sealed class WarcTests : IDisposable
{
    private static readonly InputOptions NoFetch = new() { FetchAllowed = false };
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static byte[] Info() => Fixtures.WarcRecord("warcinfo", "", "software: test\r\n"u8.ToArray(), "application/warc-fields");

    private static byte[] Page(string url, string title) =>
        Fixtures.WarcRecord("response", url, Fixtures.HttpResponse("text/html; charset=utf-8", Fixtures.ArticlePage(title)));

    public static byte[] SmallWarc() => [.. Info(), .. Page("https://valleypost.example/1", "First")];

    [Fact]
    public void HtmlResponsesBecomePagesAndOtherRecordsAreCounted()
    {
        var request = Fixtures.WarcRecord("request", "https://valleypost.example/1", "GET /1 HTTP/1.1\r\nHost: valleypost.example\r\n\r\n"u8.ToArray(), "application/http; msgtype=request");
        var image = Fixtures.WarcRecord("response", "https://valleypost.example/a.png", Fixtures.HttpResponse("image/png", "\u0089PNG"));
        var missing = Fixtures.WarcRecord("response", "https://valleypost.example/gone", Fixtures.HttpResponse("text/html", "<html><body>gone</body></html>", 404));
        var path = folder.Write("crawl.warc", [.. Info(), .. request, .. Page("https://valleypost.example/1", "First"), .. image, .. missing, .. Page("https://valleypost.example/2", "Second")]);

        var loaded = InputLoader.Load([path], NoFetch);
        Assert.Equal(["https://valleypost.example/1", "https://valleypost.example/2"], loaded.Documents.Select(d => d.Url));
        Assert.All(loaded.Documents, d => Assert.Equal("2026-03-15T09:00:00Z", d.DateHint));
        Assert.StartsWith(path + "@", loaded.Documents[0].Origin, StringComparison.Ordinal);
        Assert.Empty(loaded.Problems);
        var note = Assert.Single(loaded.Notes);
        Assert.Contains("4 WARC record(s) skipped", note, StringComparison.Ordinal);
        Assert.Contains("request 1", note, StringComparison.Ordinal);
        Assert.Contains("response with status 404 1", note, StringComparison.Ordinal);
    }

    [Fact]
    public void GzipMemberPerRecordWithACorruptMemberInTheMiddle()
    {
        var first = Fixtures.Gzip(Page("https://valleypost.example/1", "First"));
        var corrupt = Fixtures.Gzip(Page("https://valleypost.example/bad", "Bad"));
        for (var i = 20; i < corrupt.Length - 10; i++)
        {
            corrupt[i] ^= 0x5A;
        }

        var last = Fixtures.Gzip(Page("https://valleypost.example/3", "Third"));
        var path = folder.Write("crawl.warc.gz", [.. Fixtures.Gzip(Info()), .. first, .. corrupt, .. last]);
        var corruptOffset = Fixtures.Gzip(Info()).Length + first.Length;

        var loaded = InputLoader.Load([path], NoFetch);
        Assert.Equal(["https://valleypost.example/1", "https://valleypost.example/3"], loaded.Documents.Select(d => d.Url));
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal($"{path}@{corruptOffset}", problem.Input);
        Assert.Contains($"byte {corruptOffset}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedRecordIsReportedWithItsOffsetAndTheRestIsRead()
    {
        var good = Page("https://valleypost.example/1", "First");
        var body = Fixtures.HttpResponse("text/html", Fixtures.ArticlePage("Cut"));
        var lying = Fixtures.WarcRecord("response", "https://valleypost.example/cut", body, declaredLength: body.Length * 10);
        var after = Page("https://valleypost.example/3", "Third");
        var path = folder.Write("cut.warc", [.. good, .. lying, .. after]);

        var loaded = InputLoader.Load([path], NoFetch);
        Assert.Equal(["https://valleypost.example/1", "https://valleypost.example/3"], loaded.Documents.Select(d => d.Url));
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal($"{path}@{good.Length}", problem.Input);
        Assert.Contains("truncated", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArchivedGzipBodiesAndChunkedTransferAreUndone()
    {
        var html = Encoding.UTF8.GetBytes(Fixtures.ArticlePage("Zipped"));
        var zipped = Fixtures.Gzip(html);
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n{zipped.Length:x}\r\n");
        var block = (byte[])[.. head, .. zipped, .. "\r\n0\r\n\r\n"u8];
        var path = folder.Write("zipped.warc", Fixtures.WarcRecord("response", "https://valleypost.example/z", block));
        var document = Assert.Single(InputLoader.Load([path], NoFetch).Documents);
        Assert.Equal(ContentKind.Html, document.Kind);
        Assert.Contains("<title>Zipped | The Valley Post</title>", document.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void ArchivedPageOverThePageLimitIsNamedAndTheNextIsRead()
    {
        var big = Fixtures.WarcRecord("response", "https://valleypost.example/big", Fixtures.HttpResponse("text/html", Fixtures.ArticlePage("Big", new string('x', 2 * 1024 * 1024))));
        var path = folder.Write("big.warc", [.. big, .. Page("https://valleypost.example/2", "Second")]);
        var loaded = InputLoader.Load([path], NoFetch with { MaxBodyBytes = 1024 * 1024 });
        Assert.Equal(["https://valleypost.example/2"], loaded.Documents.Select(d => d.Url));
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(path + "@0", problem.Input);
        Assert.Contains("over the 1 MB page limit", problem.Message, StringComparison.Ordinal);
    }
}
