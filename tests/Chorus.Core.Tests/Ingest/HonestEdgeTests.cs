using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Ingest;

/// <summary>
/// Issue 16, points 5 and 8: a gzip file cut short is named, not used in part; an ASCII page that declares UTF-16 or
/// UTF-32 is read as UTF-8 as browsers read it; an article of 200,000 sentences is briefed from its first sentences.
/// </summary>
public sealed class HonestEdgeTests : IDisposable
{
    private static readonly InputOptions NoFetch = new() { FetchAllowed = false };
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void AGzipFileCutShortIsNamedAndTheOtherInputsAreRead()
    {
        var whole = Fixtures.Gzip(Encoding.UTF8.GetBytes(Fixtures.ArticlePage("Cut short page")));
        var cut = folder.Write("cut.html.gz", whole[..(whole.Length * 2 / 3)]);
        var fine = folder.Write("whole.html.gz", whole);

        var loaded = InputLoader.Load([cut, fine], NoFetch);

        Assert.Equal(fine, Assert.Single(loaded.Documents).Origin);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(cut, problem.Input);
        Assert.Contains("cut short", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConcatenatedGzipMembersAreReadWhole()
    {
        var page = Encoding.UTF8.GetBytes(Fixtures.ArticlePage("Two members"));
        var half = page.Length / 2;
        var file = folder.Write("two.html.gz", [.. Fixtures.Gzip(page[..half]), .. Fixtures.Gzip(page[half..])]);

        var loaded = InputLoader.Load([file], NoFetch);

        Assert.Empty(loaded.Problems);
        Assert.Equal(Encoding.UTF8.GetString(page), Assert.Single(loaded.Documents).Content);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16le")]
    [InlineData("utf-32")]
    public void AnAsciiPageDeclaringAWideEncodingIsReadAsUtf8(string charset)
    {
        var html = Fixtures.ArticlePage("Caf\u00e9 owners count the cost").Replace("<meta charset=\"utf-8\">", $"<meta charset=\"{charset}\">", StringComparison.Ordinal);
        var page = folder.Write("wide.html", Encoding.UTF8.GetBytes(html));

        var article = Assert.Single(ArticleReader.ReadAll(InputLoader.Load([page], NoFetch).Documents, []));

        Assert.Equal("Caf\u00e9 owners count the cost", article.Title);
        Assert.Contains(Fixtures.Lead, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArticleOfTwoHundredThousandSentencesIsBriefedFromItsFirstThousand()
    {
        var text = "Flood in the valley\n\n" + string.Concat(Enumerable.Range(0, 200_000).Select(i => $"The river rose {i % 7 + 2} centimetres again today. "));
        var document = new RawDocument("long.txt", text, ContentKind.PlainText);

        var run = await Task.Run(() => BriefPipeline.Run([document]), TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.NotNull(run.Brief);
        var article = Assert.Single(ArticleReader.ReadAll([document], []));
        Assert.Equal(BriefPipeline.MaxSentencesPerArticle, BriefPipeline.SentencesOf(article).Count);
        Assert.All(run.Brief.Facts!.Quantities, q => Assert.InRange(q.Sentence.Span.Start, 0, article.Text.Length / 100));
    }
}
