using Chorus.Core.Documents;
using Chorus.Core.Extraction;
using Xunit;

namespace Chorus.Core.Tests.Extraction;

/// <summary>Dates, bylines and languages read from what a page shows (issue 20 point 3), on invented pages.</summary>
public sealed class PageMetadataTests
{
    private const string Body = """
        <article><p>Engineers closed the harbour bridge on Tuesday after inspectors found a crack in one of its main steel girders, the city said.</p>
        <p>Traffic from the north was sent through the old town, and the ferry added two crossings an hour until the repairs are done.</p></article>
        """;

    private static Article Read(string head, string header, string url = "https://calveracourier.example/news/1", string lang = "en")
    {
        var html = $"<html lang=\"{lang}\"><head>{head}</head><body><h1>Harbour bridge shut after girder crack</h1>{header}{Body}</body></html>";
        return HtmlArticleBuilder.Build(new RawDocument("page.html", html, ContentKind.Html) { Url = url });
    }

    [Theory]
    [InlineData("<p>Posted 14 March 2021</p>", "2021-03-14")]
    [InlineData("<p>March 14, 2021, 9:02 AM</p>", "2021-03-14")]
    [InlineData("<p>기사입력 :[ 2021-03-14 15:24 ]</p>", "2021-03-14")]
    [InlineData("<p>2021년 3월 14일</p>", "2021-03-14")]
    [InlineData("<p>2021年3月14日</p>", "2021-03-14")]
    [InlineData("<p>Текст: Ирина Волкова ·14 марта 2021</p>", "2021-03-14")]
    [InlineData("<p>14 Mar 2021</p>", "2021-03-14")]
    [InlineData("<p>Publicado em 14 de março de 2021</p>", "2021-03-14")]
    [InlineData("<p>14.03.2021, 08:57</p>", "2021-03-14")]
    [InlineData("<p>by Office ／ 2021.03.14</p>", "2021-03-14")]
    public void ADateShownBesideTheHeadlineDatesAPageThatStatesNone(string header, string day)
    {
        var article = Read("", header);
        Assert.Equal(day, article.Published!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("date near the headline", article.Published.Evidence.Method);
        Assert.Contains("2021", article.Published.Evidence.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "2021-04-03")]
    [InlineData("en-GB", "2021-03-04")]
    [InlineData("pt-BR", "2021-03-04")]
    public void AnAmbiguousNumericDayIsReadMonthFirstOnlyInUsEnglish(string lang, string day)
    {
        var article = Read("", "<p>04/03/2021</p>", lang: lang);
        Assert.Equal(day, article.Published!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TheMachineStatedDateWinsOverAShownDateOfAnotherDay()
    {
        var article = Read("<meta property=\"article:published_time\" content=\"2021-03-10T09:00:00Z\">", "<p>Updated March 14, 2021</p>");
        Assert.Equal(new DateOnly(2021, 3, 10), article.Published!.Date);
        Assert.Equal("meta article:published_time", article.Published.Evidence.Method);
    }

    [Fact]
    public void AUtcDateMovesToTheLocalDayThePageShows()
    {
        // 01:50 UTC on the 15th is the evening of the 14th in the Americas, which is what the page shows.
        var article = Read("<meta property=\"article:published_time\" content=\"2021-03-15T01:50:00Z\">", "<p>By Ada Roe | Mar. 14, 2021 | 6:50 PM</p>");
        Assert.Equal(new DateOnly(2021, 3, 14), article.Published!.Date);
        Assert.Equal("date near the headline", article.Published.Evidence.Method);
    }

    [Theory]
    [InlineData("2021-03-15T18:00:00Z", "Mar. 14, 2021", 15)] // 18:00 UTC cannot be the 14th anywhere
    [InlineData("2021-03-14T05:00:00Z", "Updated Mar. 15, 2021", 14)] // an update the next day is not the publication
    public void AShownDayOneOffIsNotATimeZoneWhenTheClockRulesItOut(string stated, string shown, int day)
    {
        var article = Read($"<meta property=\"article:published_time\" content=\"{stated}\">", $"<p>{shown}</p>");
        Assert.Equal(new DateOnly(2021, 3, day), article.Published!.Date);
    }

    [Fact]
    public void APlaceholderMetadataDateGivesWayToTheShownDate()
    {
        var article = Read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"0001-01-01T00:00:00Z\"}</script>", "<p>Published 10:02 AM EST Mar 14, 2021</p>");
        Assert.Equal(new DateOnly(2021, 3, 14), article.Published!.Date);
    }

    [Theory]
    [InlineData("<p>By ADA ROE and Bo Lind, Staff Writers</p>", "Ada Roe, Bo Lind")]
    [InlineData("<p>By</p><p>Ada Roe @adaroe</p>", "Ada Roe")]
    [InlineData("<p>Analysis by Ada Roe, Courier Editor-at-large</p>", "Ada Roe")]
    [InlineData("<p>By <span>Ada Roe</span><span>Business Columnist</span> Mar. 14, 2021</p>", "Ada Roe")]
    [InlineData("<p>by Ada Roe March 14, 2021</p>", "Ada Roe")]
    [InlineData("<p>Posted on March 14, 2021 by Ada Roe</p>", "Ada Roe")]
    [InlineData("<p>14/03/2021 - Publicado por: Ana Souza - Categoria: Cidade</p>", "Ana Souza")]
    [InlineData("<p>Текст: Ирина Волкова ·14 марта 2021</p>", "Ирина Волкова")]
    [InlineData("<p><span class=\"article-author\">Ada Roe</span> and <span class=\"article-author\">Bo Lind</span></p>", "Ada Roe, Bo Lind")]
    [InlineData("<p>By Ada Roe Ada Roe</p>", "Ada Roe")]
    public void ABylineShownBesideTheHeadlineGivesPersonNames(string header, string byline)
    {
        var article = Read("", header);
        Assert.Equal(byline, article.Byline);
        Assert.Contains(article.Provenance, p => p.Field == "byline" && p.Evidence.Method.EndsWith("near the headline", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<p>By Associated Press</p>")]
    [InlineData("<p>By The Associated Press</p>")]
    [InlineData("<p>By Staff Reports</p>")]
    [InlineData("<p>By admin - 2021-03-14</p>")]
    [InlineData("<p>By Calvera Courier</p>")]
    [InlineData("<p>By CCN Sport</p>")]
    [InlineData("<p>Sort by | Relevance</p>")]
    public void AnAgencyTheSiteADeskOrAHandleIsNoAuthor(string header) => Assert.Null(Read("", header).Byline);

    [Fact]
    public void MetaAuthorsAreCleanedAndUrlsOrSiteNamesRefused()
    {
        Assert.Equal("Ada Roe", Read("<meta name=\"author\" content=\"Ada Roe, Calvera Courier\">", "").Byline);
        Assert.Null(Read("<meta name=\"author\" content=\"https://social.example/calveracourier\">", "").Byline);
        Assert.Null(Read("<meta name=\"author\" content=\"Calvera Courier\">", "").Byline);
    }

    [Fact]
    public void JsonLdAuthorsAreReadByReferenceAndOrganisationsLeftOut()
    {
        const string graph = """
            <script type="application/ld+json">{"@graph":[
              {"@type":"NewsArticle","author":[{"@id":"#p1"},{"@type":"Organization","name":"Courier Media"}],"datePublished":"2021-03-14"},
              {"@type":["Person"],"@id":"#p1","name":"Ada Roe"}]}</script>
            """;
        var article = Read(graph, "");
        Assert.Equal("Ada Roe", article.Byline);
        Assert.Contains(article.Provenance, p => p.Field == "byline" && p.Evidence.Method == "json-ld author");
    }

    [Fact]
    public void ABodyInAnotherLanguageThanDeclaredIsNamedByItsText()
    {
        var article = Read("", "", lang: "de");
        Assert.Equal("en", article.Language);
        var evidence = Assert.Single(article.Provenance, p => p.Field == "language").Evidence;
        Assert.Equal("function words", evidence.Method);
        Assert.Contains("declares de", evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AConsistentDeclarationIsKept()
    {
        var article = Read("", "", lang: "en-GB");
        Assert.Equal("en-GB", article.Language);
    }
}
