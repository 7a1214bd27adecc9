using Chorus.Core.Cleaning;
using Chorus.Core.Documents;
using Chorus.Core.Extraction;
using Chorus.Core.Metadata;
using Xunit;

namespace Chorus.Core.Tests.Metadata;

/// <summary>One ranking of outlet and date evidence, one dateline reading and one id, for text scrapes and HTML pages alike.</summary>
public class MetadataPolicyTests
{
    private const string Prose = "The council voted on Tuesday to close the old bridge for repairs after engineers found cracks in two of its piers, officials said.";

    private static Outlet OutletFrom(OutletSource source) => new(source.ToString(), new Evidence(source.ToString(), ""));

    [Fact]
    public void EveryKindOfEvidenceHasOnePlaceAndAReason()
    {
        Assert.Equal(Enum.GetValues<OutletSource>().Order(), OutletPolicy.Ranking.Select(r => r.Source).Order());
        Assert.Equal(Enum.GetValues<DateSource>().Order(), DatePolicy.Ranking.Select(r => r.Source).Order());
        Assert.All(OutletPolicy.Ranking, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.All(DatePolicy.Ranking, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
    }

    [Fact]
    public void TheOutletComesFromTheBestRankedEvidenceFound()
    {
        // Clues a reader can find (the container's hint and the file name come from the document itself).
        var found = OutletPolicy.Ranking.Select(r => r.Source)
            .Where(s => s is not OutletSource.Container and not OutletSource.FileName)
            .Reverse()
            .Select(s => new OutletClue(s, OutletFrom(s)))
            .ToList();
        var withHint = new RawDocument("saved/page.html", "", ContentKind.Html) { OutletHint = " Feed Title " };
        var chosen = new List<string>();
        while (found.Count > 0)
        {
            var outlet = OutletPolicy.Choose(found, withHint);
            chosen.Add(outlet.Name);
            found.RemoveAll(c => c.Outlet == outlet);
            withHint = withHint with { OutletHint = outlet.Name == "Feed Title" ? null : withHint.OutletHint };
        }

        chosen.Add(OutletPolicy.Choose([], withHint).Name);
        Assert.Equal(["PublicationLine", "Feed Title", "SiteName", "Dateline", "CopyrightLine", "SourceLine", "SiteAddress", "page"], chosen);
    }

    [Fact]
    public void TheDateComesFromTheBestRankedEvidenceAndTheFirstOfItsKind()
    {
        ArticleDate On(int day, string method) => new(new DateOnly(2025, 5, day), null, "", new Evidence(method, ""));
        DateClue[] found =
        [
            new(DateSource.Container, On(1, "container")),
            new(DateSource.DateLine, On(2, "date line")),
            new(DateSource.PageMetadata, On(3, "meta")),
            new(DateSource.PageMetadata, On(4, "json-ld")),
        ];

        Assert.Equal(3, DatePolicy.Choose(found)!.Date.Day);
        Assert.Equal(2, DatePolicy.Choose(found.Take(2))!.Date.Day);
        Assert.Null(DatePolicy.Choose([]));
    }

    [Fact]
    public void BothReadersReadADatelineAndTheirOutletAlike()
    {
        var text = TextScrapeCleaner.Clean(new RawDocument("scrape.txt", "LISBON (Reuters) - " + Prose, ContentKind.PlainText));
        var page = HtmlArticleBuilder.Build(new RawDocument("page.html", $"<html><body><article><p>LISBON (Reuters) - {Prose}</p></article></body></html>", ContentKind.Html));

        Assert.Equal(("LISBON", "Reuters", "dateline"), (text.Dateline, text.Outlet.Name, text.Outlet.Evidence.Method));
        Assert.Equal((text.Dateline, text.Outlet), (page.Dateline, page.Outlet));
    }

    [Fact]
    public void TheContainerNamesTheOutletBeforeADatelineInBothReaders()
    {
        var text = TextScrapeCleaner.Clean(new RawDocument("feed.xml#1", "LISBON (Reuters) - " + Prose, ContentKind.PlainText) { OutletHint = "Valley Post World" });
        var page = HtmlArticleBuilder.Build(new RawDocument("feed.xml#1", $"<html><body><article><p>LISBON (Reuters) - {Prose}</p></article></body></html>", ContentKind.Html) { OutletHint = "Valley Post World" });

        Assert.Equal("Valley Post World", text.Outlet.Name);
        Assert.Equal(text.Outlet, page.Outlet);
    }

    [Fact]
    public void TheSameBodyHasTheSameIdFromEitherReader()
    {
        var text = TextScrapeCleaner.Clean(new RawDocument("scrape.txt", Prose, ContentKind.PlainText));
        var page = HtmlArticleBuilder.Build(new RawDocument("page.html", $"<html><body><article><p>{Prose}</p></article></body></html>", ContentKind.Html));

        Assert.Equal(text.Text, page.Text);
        Assert.Equal(text.Id, page.Id);
        Assert.Equal(ArticleIds.Of(Prose), text.Id);
    }
}
