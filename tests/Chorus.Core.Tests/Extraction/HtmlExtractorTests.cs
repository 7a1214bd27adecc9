using Chorus.Core.Documents;
using Chorus.Core.Extraction;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Extraction;

public class HtmlExtractorTests
{
    private static readonly ExtractedPage Page = HtmlArticleExtractor.Extract(Fixtures.ArticlePage(), "https://valleypost.example/x");

    [Fact]
    public void KeepsTheBodyParagraphsAndSubheadingInOrder()
    {
        var texts = Page.Blocks.Select(b => b.Text).ToList();
        Assert.Equal(Fixtures.Lead, texts[0]);
        Assert.Contains("Warnings ignored", texts);
        Assert.Equal(BlockKind.Heading, Page.Blocks.Single(b => b.Text == "Warnings ignored").Kind);
        Assert.StartsWith("Residents said warnings", texts[^1], StringComparison.Ordinal);
        Assert.Equal(5, texts.Count);
    }

    [Theory]
    [InlineData("Unbelievable scenes", "embedded post")]
    [InlineData("Sign up for our morning briefing", "newsletter box")]
    [InlineData("Water covers the main square", "<figcaption>")]
    [InlineData("Council approves new flood barrier plan", "related box")]
    [InlineData("my cousin lives there", "comments box")]
    [InlineData("Home News Sport", "<nav>")]
    public void RemovesFurnitureAndSaysWhy(string text, string reason)
    {
        Assert.DoesNotContain(Page.Blocks, b => b.Text.Contains(text, StringComparison.Ordinal));
        Assert.Contains(Page.Removed, r => r.Text.Contains(text, StringComparison.Ordinal) && r.Reason == reason);
    }

    [Fact]
    public void ReadsMetadataWithEvidence()
    {
        var meta = Page.Metadata;
        Assert.Equal("River floods valley town", meta.Title!.Value);
        Assert.Equal("meta og:title", meta.Title.Evidence.Method);
        Assert.Equal("Jane Rivers", meta.Byline!.Value);
        Assert.Equal("2026-03-15T08:30:00+01:00", meta.Published!.Value);
        Assert.Equal("en-GB", meta.Language!.Value);
        Assert.Equal("https://valleypost.example/news/river-floods", meta.CanonicalUrl!.Value);
        Assert.Equal("The Valley Post", meta.SiteName!.Value);
    }

    [Theory]
    [InlineData("<a href=\"/\"><h1>Calvera Courier</h1></a>", "Harbour bridge shut after girder crack - Calvera Courier")]
    [InlineData("<a href=\"https://calveracourier.example/\"><h1>The Courier</h1></a>", "Calvera Courier | Harbour bridge shut after girder crack")]
    [InlineData("", "Harbour bridge shut after girder crack – CalveraCourier")]
    public void AMastheadIsNotTheTitleNorIsTheSiteNameInTheDocumentTitle(string masthead, string documentTitle)
    {
        var html = $"""
            <html><head><title>{documentTitle}</title></head>
            <body>{masthead}<article><p>Engineers closed the harbour bridge on Tuesday after inspectors found a crack in one of its main steel girders, the city said.</p></article></body></html>
            """;
        var meta = HtmlArticleExtractor.Extract(html, "https://calveracourier.example/news/1").Metadata;
        Assert.Equal("Harbour bridge shut after girder crack", meta.Title!.Value);
        Assert.Equal("<title>", meta.Title.Evidence.Method);
    }

    [Fact]
    public void AHeadingOutsideAHomeLinkIsStillTheTitle()
    {
        const string html = """
            <html><head><title>Calvera Courier</title></head>
            <body><a href="/news/1"><h1>Harbour bridge shut</h1></a><article><p>Engineers closed the harbour bridge on Tuesday after inspectors found a crack in one of its main steel girders.</p></article></body></html>
            """;
        Assert.Equal("Harbour bridge shut", HtmlArticleExtractor.Extract(html, "https://calveracourier.example/news/1").Metadata.Title!.Value);
    }

    [Fact]
    public void JsonLdAndTimeElementAreUsedWhenMetaTagsAreMissing()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
            {"@type":"NewsArticle","headline":"Dam gate jams","author":[{"@type":"Person","name":"Ana Lima"}],"publisher":{"@type":"Organization","name":"Delta Wire"}}]}</script></head>
            <body><article><time datetime="2026-03-14">14 March</time><p>The gate of the dam jammed during the storm, and the water rose over the crest before dawn, engineers said.</p></article></body></html>
            """;
        var meta = HtmlArticleExtractor.Extract(html).Metadata;
        Assert.Equal("Dam gate jams", meta.Title!.Value);
        Assert.Equal("json-ld headline", meta.Title.Evidence.Method);
        Assert.Equal("Ana Lima", meta.Byline!.Value);
        Assert.Equal("Delta Wire", meta.SiteName!.Value);
        Assert.Equal("2026-03-14", meta.Published!.Value);
        Assert.Equal("time[datetime] datetime", meta.Published.Evidence.Method);
    }

    [Fact]
    public void PageBecomesAnArticleWithOutletDateAndProvenance()
    {
        var article = HtmlArticleBuilder.Build(new RawDocument("page.html", Fixtures.ArticlePage(), ContentKind.Html));
        Assert.Equal("River floods valley town", article.Title);
        Assert.Equal("The Valley Post", article.Outlet.Name);
        Assert.Equal("meta og:site_name", article.Outlet.Evidence.Method);
        Assert.Equal(new DateOnly(2026, 3, 15), article.Published!.Date);
        Assert.Equal(new TimeOnly(7, 30), article.Published.Time);
        Assert.Equal("Jane Rivers", article.Byline);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("https://valleypost.example/news/river-floods", article.Url);
        Assert.Contains(article.Provenance, p => p.Field == "url" && p.Evidence.Method == "link[rel=canonical] href");
        Assert.StartsWith(Fixtures.Lead, article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Paragraphs, p => p.Kind == ParagraphKind.Heading && article.ParagraphText(p) == "Warnings ignored");
        Assert.Contains(article.Removed, r => r.Reason == "embedded post");
    }

    [Fact]
    public void VisibleDatelineNamesTheAgencyWhenThePageNamesNoSite()
    {
        const string html = "<html><body><div class='content'><p>KABUL (Reuters) - Heavy rain flooded three districts of the city on Tuesday, officials said, and roads were closed.</p>"
            + "<p>Another paragraph of the report follows here, with more detail on the damage and on the people who were moved.</p></div></body></html>";
        var article = HtmlArticleBuilder.Build(new RawDocument("kabul.html", html, ContentKind.Html));
        Assert.Equal("Reuters", article.Outlet.Name);
        Assert.Equal("dateline", article.Outlet.Evidence.Method);
        Assert.Equal("KABUL", article.Dateline);
    }

    [Fact]
    public void FeedTitleBeatsTheSiteNameAsOutlet()
    {
        var article = HtmlArticleBuilder.Build(new RawDocument("feed.xml#1", Fixtures.ArticlePage(), ContentKind.Html) { OutletHint = "Valley Post World" });
        Assert.Equal("Valley Post World", article.Outlet.Name);
        Assert.Equal("container", article.Outlet.Evidence.Method);
    }
}
