using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Ingest;

/// <summary>The one failure shape at the input edges: each reader, decoder and the fetcher gives a value or a problem naming its input.</summary>
public sealed class InputResultTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void AnEmptyFileIsAProblemNamingItAndHasNoValue()
    {
        var path = folder.Write("empty.txt", "");

        var result = FileReader.Read(path);

        Assert.False(result.Succeeded);
        Assert.Equal(path, result.Problem.Input);
        Assert.StartsWith("it is empty", result.Problem.Message, StringComparison.Ordinal);
        var refused = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyFilesSplitIntoValuesAndProblemsInOrder()
    {
        var good = folder.Write("a-good.txt", Fixtures.Lead);
        var binary = folder.Write("b-image.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]);
        var missing = Path.Combine(folder.Path, "c-gone.txt");

        var results = FileReader.ReadAll([good, binary, missing]);

        Assert.Equal([good], results.Values().Select(d => d.Origin));
        Assert.Equal([binary, missing], results.Problems().Select(p => p.Input));
        Assert.Contains("looks binary", results.Problems().First().Message, StringComparison.Ordinal);
        Assert.StartsWith("cannot be read: ", results.Problems().Last().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStepAfterAProblemIsNotTakenAndTheFirstProblemIsKept()
    {
        var steps = 0;
        var result = InputResult.Success(3)
            .Then(n => n > 5 ? InputResult.Success(n) : InputResult.Failure<int>("count.txt", $"{n} is too few"))
            .Select(n =>
            {
                steps++;
                return n * 2;
            });

        Assert.Equal(0, steps);
        Assert.Equal(new InputProblem("count.txt", "3 is too few"), result.Problem);
        Assert.Equal("problem", result.Match(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture), p => "problem"));
    }

    [Fact]
    public void CorruptGzipIsNamedByTheInputGiven()
    {
        byte[] corrupt = [0x1F, 0x8B, 0x08, 0x00, .. "not deflate data at all"u8];

        var result = BoundedGzip.Inflate("pages.gz", corrupt, maxBytes: 1024);

        Assert.Equal("pages.gz", result.Problem?.Input);
        Assert.StartsWith("the gzip data is corrupt or cut short", result.Problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GzipMembersStopAtTheMemberThatPassesTheLimit()
    {
        var small = Fixtures.Gzip(new byte[1024 * 1024]);
        var large = Fixtures.Gzip(new byte[4 * 1024 * 1024]);
        byte[] file = [.. small, .. large, .. small];

        var members = BoundedGzip.InflateMembers("crawl.warc.gz", file, maxBytes: 3 * 1024 * 1024).ToList();

        Assert.Equal(2, members.Count);
        Assert.Equal(1024 * 1024, members[0].Inflated.Value.Length);
        Assert.Equal($"crawl.warc.gz@{small.Length}", members[1].Inflated.Problem?.Input);
        Assert.Contains("gzip bomb", members[1].Inflated.Problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArchivedBlockThatIsNotAnHttpResponseIsNamed()
    {
        var notHttp = HttpResponseBlock.Parse("crawl.warc@512", "GET / HTTP/1.1\r\n\r\n"u8);
        Assert.Equal(new InputProblem("crawl.warc@512", "holds no readable HTTP response"), notHttp.Problem);

        var oddEncoding = HttpResponseBlock.Parse("crawl.warc@0", "HTTP/1.1 200 OK\r\nContent-Encoding: zstd\r\n\r\nbody"u8);
        var body = oddEncoding.Value.Body("crawl.warc@0");
        Assert.Equal("crawl.warc@0", body.Problem?.Input);
        Assert.Contains("unknown content encoding 'zstd'", body.Problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLinesGiveOneResultPerArticleOrBadLine()
    {
        var text = $"{{\"title\":\"Dam\",\"text\":\"{Fixtures.Lead}\"}}\n\n{{broken\n{{\"title\":\"no text\"}}\n";

        var results = JsonlReader.Read("feed.jsonl", text);

        Assert.Equal(["feed.jsonl:1"], results.Values().Select(d => d.Origin));
        Assert.Equal(["feed.jsonl:3", "feed.jsonl"], results.Problems().Select(p => p.Input));
        Assert.StartsWith("1 line(s) hold no article text", results.Problems().Last().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeedItemWithoutContentPointsAtItsPage()
    {
        var items = FeedReader.Read("news.xml", Fixtures.Rss(itemContent: null, link: "https://valleypost.example/story"), fetchAllowed: true);

        var item = Assert.Single(items).Value;
        Assert.Equal("https://valleypost.example/story", item.PageToFetch);
        Assert.Equal("news.xml#1", item.Document.Origin);
    }

    [Fact]
    public async Task AMalformedUrlIsAProblemOfTheFetcherNotAnException()
    {
        using var fetcher = new PageFetcher(new InputOptions());

        var result = await fetcher.FetchAsync("not a url", TestContext.Current.CancellationToken);

        Assert.Equal(new InputProblem("not a url", "cannot be fetched: not an absolute URL"), result.Problem);
    }

    [Fact]
    public void DecodersNameTheInputTheyAreGiven()
    {
        var html = HtmlCharset.Decode("page.html", Encoding.UTF8.GetBytes("   "), "text/html; charset=iso-8859-1");
        Assert.Equal(new InputProblem("page.html", "the page holds no text"), html.Problem);
        Assert.Equal("notes.txt", TextDecoding.Decode("notes.txt", [0x00, 0x01, 0x02]).Problem?.Input);
    }
}
