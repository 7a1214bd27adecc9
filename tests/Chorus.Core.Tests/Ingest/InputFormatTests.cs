using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Ingest;

/// <summary>Each input format read from files the test writes, recognised from content, not extension.</summary>
public sealed class InputFormatTests : IDisposable
{
    private static readonly InputOptions NoFetch = new() { FetchAllowed = false };
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void HtmlPageBecomesAnArticleEvenWithoutAnHtmlExtension()
    {
        var path = folder.Write("page.dat", Fixtures.ArticlePage());
        var loaded = InputLoader.Load([path], NoFetch);
        var document = Assert.Single(loaded.Documents);
        Assert.Equal(ContentKind.Html, document.Kind);
        var problems = new List<InputProblem>();
        var article = Assert.Single(ArticleReader.ReadAll(loaded.Documents, problems));
        Assert.Equal("River floods valley town", article.Title);
        Assert.Empty(problems);
    }

    [Fact]
    public void HtmlCharsetFromMetaTagDecodesWindows1252()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 owners said \u201cenough\u201d.</p></body></html>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = folder.Write("cafe.html", Encoding.GetEncoding(1252).GetBytes(html));
        var decoded = HtmlCharset.Decode(path, File.ReadAllBytes(path), contentType: null).Value;
        Assert.Equal("windows-1252", decoded.EncodingName);
        Assert.Contains("Café owners said “enough”.", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("iso-8859-1", HtmlCharset.FromContentType("text/html; charset=ISO-8859-1")?.ToLowerInvariant());
    }

    [Fact]
    public void RssItemsWithFullContentBecomeArticlesWithTheFeedAsOutlet()
    {
        var path = folder.Write("world.txt", Fixtures.Rss("<p>" + Fixtures.Lead + "</p>" + Fixtures.ProseHtml("the flood"), "https://valleypost.example/a"));
        var loaded = InputLoader.Load([path], NoFetch);
        var document = Assert.Single(loaded.Documents);
        Assert.Equal(path + "#1", document.Origin);
        Assert.Equal("https://valleypost.example/a", document.Url);
        var article = Assert.Single(ArticleReader.ReadAll(loaded.Documents, []));
        Assert.Equal("Valley Post World", article.Outlet.Name);
        Assert.Equal("River floods valley town", article.Title);
        Assert.Equal(new DateOnly(2026, 3, 15), article.Published!.Date);
        Assert.StartsWith(Fixtures.Lead, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RssItemWithOnlyASummaryIsNamedWhenFetchingIsOff()
    {
        var path = folder.Write("summary.rss", Fixtures.Rss(null, "https://valleypost.example/a"));
        var loaded = InputLoader.Load([path], NoFetch);
        Assert.Empty(loaded.Documents);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(path + "#1", problem.Input);
        Assert.Contains("fetching its page is turned off", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AtomEntryContentBecomesAnArticle()
    {
        var path = folder.Write("hill.atom", Fixtures.Atom(Fixtures.ProseHtml("the bridge")));
        var article = Assert.Single(ArticleReader.ReadAll(InputLoader.Load([path], NoFetch).Documents, []));
        Assert.Equal("Hill Courier", article.Outlet.Name);
        Assert.Equal("Bridge reopens after flood", article.Title);
        Assert.Equal("https://hill.example/bridge", article.Url);
        Assert.Equal(new DateOnly(2026, 3, 16), article.Published!.Date);
    }

    [Fact]
    public void JsonlSimpleLinesAndDataSetClustersAreRead()
    {
        var text = "Officials said the river rose two metres overnight and that more than 400 people were moved to the school hall before dawn on Monday.";
        var simple = folder.Write("simple.jsonl", $$"""
            {"url":"https://a.example/1","title":"River rises","text":"{{text}}","source":"Alpha News","date":"2026-03-15"}
            {"url":"https://a.example/2","title":"Headline only"}
            """);
        var loaded = InputLoader.Load([simple], NoFetch);
        var document = Assert.Single(loaded.Documents);
        Assert.Equal((simple + ":1", "River rises", "Alpha News", "2026-03-15"), (document.Origin, document.TitleHint, document.OutletHint, document.DateHint));
        Assert.Contains(loaded.Problems, p => p.Input == simple && p.Message.StartsWith("1 line(s) hold no article text", StringComparison.Ordinal));

        var duc = InputLoader.Load([Path.Combine(RepoPaths.Data, "duc2004", "val", "clusters.jsonl")], NoFetch);
        Assert.True(duc.Documents.Count >= 200, $"{duc.Documents.Count} DUC articles");
        Assert.All(duc.Documents, d => Assert.Equal(ContentKind.PlainText, d.Kind));
    }

    [Fact]
    public void FolderMixingFormatsReadsEveryOneSorted()
    {
        folder.Write("a/page.html", Fixtures.ArticlePage());
        folder.Write("a/page2.html.gz", Fixtures.Gzip(Encoding.UTF8.GetBytes(Fixtures.ArticlePage("Second page"))));
        folder.Write("b/feed.xml", Fixtures.Atom(Fixtures.ProseHtml("the bridge")));
        folder.Write("c/notes.txt", "River floods valley town\n\n" + Fixtures.Lead);
        folder.Write("c/lines.jsonl", "{\"title\":\"x\",\"text\":\"" + Fixtures.Lead + "\"}\n");
        folder.Write("d/crawl.warc", WarcTests.SmallWarc());
        var loaded = InputLoader.Load([folder.Path], NoFetch);
        Assert.Empty(loaded.Problems);
        Assert.Equal(
            [ContentKind.Html, ContentKind.Html, ContentKind.Html, ContentKind.PlainText, ContentKind.PlainText, ContentKind.Html],
            loaded.Documents.Select(d => d.Kind));
    }

    [Fact]
    public void MissingPathsAreReportedSeparately()
    {
        var loaded = InputLoader.Load([Path.Combine(folder.Path, "nope.html")], NoFetch);
        Assert.Equal([Path.Combine(folder.Path, "nope.html")], loaded.MissingPaths);
    }
}
