using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Ingest;

/// <summary>Every kind of bad input gets a warning naming it, and the good input beside it is still read.</summary>
public sealed class BadInputTests : IDisposable
{
    private static readonly InputOptions NoFetch = new() { FetchAllowed = false };
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Loads the bad file beside a good page; returns the bad file's problems and the articles made.</summary>
    private (List<InputProblem> Problems, List<Article> Articles) LoadBeside(string badPath, InputOptions? options = null)
    {
        var good = folder.Write("good.html", Fixtures.ArticlePage());
        var loaded = InputLoader.Load([good, badPath], options ?? NoFetch);
        var problems = loaded.Problems.ToList();
        var articles = ArticleReader.ReadAll(loaded.Documents, problems);
        Assert.Contains(articles, a => a.Origin == good);
        return (problems.Where(p => p.Input.StartsWith(badPath, StringComparison.Ordinal)).ToList(), articles);
    }

    [Fact]
    public void BinaryFile()
    {
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        var path = folder.Write("photo.html", bytes);
        var problem = Assert.Single(LoadBeside(path).Problems);
        Assert.Contains("binary", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenHtmlIsStillReadForWhatItHolds()
    {
        var path = folder.Write("broken.html", "<html><body><div><p>" + Fixtures.Lead + " <b>Rescue teams <i>worked</b> through the night, moving more than 400 people to the hall, the fire service said.<p>The mayor asked for emergency funds to rebuild the bridge and the embankment before the next storm arrives<div></table>");
        var (problems, articles) = LoadBeside(path);
        Assert.Empty(problems);
        Assert.Contains(articles, a => a.Origin == path && a.Text.StartsWith(Fixtures.Lead, StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyPageAndPageWithoutText()
    {
        var empty = folder.Write("empty.html", "");
        Assert.Contains("empty", Assert.Single(LoadBeside(empty).Problems).Message, StringComparison.Ordinal);
        var hollow = folder.Write("hollow.html", "<!doctype html><html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>");
        Assert.Contains("0 words of article text", Assert.Single(LoadBeside(hollow).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiftyMegabytePageIsRefusedBeforeParsing()
    {
        var filler = new StringBuilder("<!doctype html><html><body>");
        var paragraph = "<p>" + Fixtures.Lead + "</p>\n";
        while (filler.Length < 50 * 1024 * 1024)
        {
            filler.Append(paragraph);
        }

        var path = folder.Write("huge.html", filler.Append("</body></html>").ToString());
        var problem = Assert.Single(LoadBeside(path).Problems);
        Assert.Contains("over the 10 MB page limit", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GzipBombIsCappedWhileInflating()
    {
        var path = folder.Write("bomb.html.gz", Fixtures.Gzip(new byte[64 * 1024 * 1024]));
        Assert.True(new FileInfo(path).Length < 1024 * 1024);
        var problem = Assert.Single(LoadBeside(path, NoFetch with { MaxInflatedBytes = 16 * 1024 * 1024 }).Problems);
        Assert.Contains("inflates to more than 16 MB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FeedWithInvalidXml()
    {
        var path = folder.Write("bad.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Broken & bad</title><item><title>x</title></channel>");
        var problem = Assert.Single(LoadBeside(path).Problems);
        Assert.Contains("not valid XML (line 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FeedWithADoctypeIsRefusedRatherThanExpanded()
    {
        var path = folder.Write("lol.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><rss><channel><title>&b;</title></channel></rss>");
        var problem = Assert.Single(LoadBeside(path).Problems);
        Assert.Contains("not valid XML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadJsonLinesAreNamedByLine()
    {
        var path = folder.Write("mixed.jsonl", "{\"title\":\"ok\",\"text\":\"" + Fixtures.Lead + "\"}\n{broken\n[1,2]\n");
        var problems = LoadBeside(path).Problems;
        Assert.Contains(problems, p => p.Input == path + ":2" && p.Message.Contains("not valid JSON", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Input == path + ":3" && p.Message.Contains("not a JSON object", StringComparison.Ordinal));
    }

    [Fact]
    public void UrlInputsAreNamedWhenFetchingIsOff()
    {
        var loaded = InputLoader.Load(["https://example.org/story"], NoFetch);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("https://example.org/story", problem.Input);
        Assert.Contains("fetching is turned off", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedPageIsRefusedBeforeParsing()
    {
        var path = folder.Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>" + Fixtures.Lead + "</p>" + string.Concat(Enumerable.Repeat("</div>", 50_000)) + "</body></html>");
        var problem = Assert.Single(LoadBeside(path).Problems);
        Assert.Contains("nests elements more than 1000 deep", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingEstimateIgnoresVoidAndOptionalEndTags()
    {
        Assert.Equal(5, Chorus.Core.Extraction.HtmlNesting.EstimateDepth("<html><body><div><ul><li>a<li>b<section><b>x<br><img src=a><span/></b></section></ul><p>y</div>"));
    }
}
