using Chorus.Core.Clustering;
using Chorus.Core.Documents;
using Chorus.Core.Extraction;
using Chorus.Core.Pipeline;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Metadata;

/// <summary>The brief's options reach the HTML reader, and the ingest pipeline reads pages with the same options.</summary>
public class ReadingOptionsTests
{
    /// <summary>A short paragraph that opens with a link and does not end like a sentence: a teaser by default.</summary>
    private const string Teaser = "<p><a href=\"/fund\">Flood relief fund opens</a> for donors in the valley</p>";

    /// <summary>No block is short enough to count as a linked teaser.</summary>
    private static readonly ExtractionOptions KeepTeasers = new() { ShortLinkedBlockChars = 0 };

    private static readonly RawDocument Page = new("page.html", Fixtures.ArticlePage(extra: Teaser), ContentKind.Html);

    [Fact]
    public void TheBriefsExtractionOptionsDecideWhatAPageKeeps()
    {
        var byDefault = BriefPipeline.Run([Page]).Brief!.Sources.Single().Article;
        var configured = BriefPipeline.Run([Page], new BriefOptions { Extraction = KeepTeasers }).Brief!.Sources.Single().Article;

        Assert.DoesNotContain("Flood relief fund opens", byDefault.Text, StringComparison.Ordinal);
        Assert.Contains("Flood relief fund opens for donors in the valley", configured.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void IngestReadsPagesWithTheSameOptions()
    {
        var now = new DateTime(2026, 3, 16, 0, 0, 0, DateTimeKind.Utc);
        var byDefault = BatchPreparer.Prepare([Page], now, new StreamClusterer().Prepare, threads: 1).Articles.Single().Article;
        var configured = BatchPreparer.Prepare([Page], now, new StreamClusterer().Prepare, threads: 1, new BriefOptions { Extraction = KeepTeasers }.Extraction).Articles.Single().Article;

        Assert.Equal(BriefPipeline.Run([Page]).Brief!.Sources.Single().Article.Text, byDefault.Text);
        Assert.Equal(BriefPipeline.Run([Page], new BriefOptions { Extraction = KeepTeasers }).Brief!.Sources.Single().Article.Text, configured.Text);
    }
}
