using Chorus.Core.Cleaning;
using Chorus.Core.Documents;
using Chorus.Core.Metadata;
using Xunit;

namespace Chorus.Core.Tests.Cleaning;

/// <summary>Each cleaning rule on small pages written for the purpose, so the rules are seen to be general.</summary>
public class TextScrapeCleanerRuleTests
{
    private static Article Clean(string text) => TextScrapeCleaner.Clean(new RawDocument("page.txt", text, ContentKind.PlainText));

    private const string Prose = "The council voted on Tuesday to close the old bridge for repairs, officials said.";

    [Fact]
    public void SloganBlocksGoButListsOfShortFactsStay()
    {
        var slogans = Clean(Prose + "\nOur paper is brave.\nOur paper is honest.\nOur paper is yours.\nOur paper is free.\nThank you.");
        Assert.Equal(Prose, slogans.Text);

        var facts = Clean(Prose + "\nRoads closed: four.\nSchools shut: two.\nBuses cancelled: nine.\nFerries running: one.");
        Assert.Contains("Schools shut: two.", facts.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EngagementWordsInsideProseAreKept()
    {
        var article = Clean(Prose + "\nThe mayor declined to comment on the share of costs the city would pay.\n5 comments");
        Assert.Contains("declined to comment", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("5 comments", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TrailingTeasersFarFromTheArticleDateGoWithoutAnEndMarker()
    {
        var text = "Bridge to close for repairs\nMay 3, 2025\n" + Prose + "\nThe repairs will take six weeks and cost 2 million euros, the council said.\n"
            + "Latest\nGarden show opens\nJan 2, 2019\nA new bakery in town\nFeb 9, 2019\nFootball: late goal wins derby";
        var article = Clean(text);
        Assert.Contains("six weeks", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Garden show", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("bakery", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Removed, r => r.Reason == BoilerplateLexicon.TrailingTeasers);
    }

    [Fact]
    public void AgencyDatelineGivesPlaceAndOutlet()
    {
        var article = Clean("LISBON (Reuters) - " + Prose);
        Assert.Equal("LISBON", article.Dateline);
        Assert.Equal("Reuters", article.Outlet.Name);
        Assert.StartsWith("The council voted", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SiteChromeRepeatedAcrossPagesGoesButSharedSentencesStay()
    {
        var pages = Enumerable.Range(1, 3).Select(i => new RawDocument($"p{i}.txt", $"Story number {i} is here and it is long enough to read.\n{Prose}\nMost read on Example", ContentKind.PlainText)).ToList();
        var articles = TextScrapeCleaner.CleanAll(pages);
        Assert.All(articles, a => Assert.DoesNotContain("Most read", a.Text, StringComparison.Ordinal));
        Assert.All(articles, a => Assert.Contains(Prose, a.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void SameTextGivesSameIdWhateverTheWhitespace()
    {
        Assert.Equal(ArticleIds.Of("One  two\nthree"), ArticleIds.Of("one two three"));
        Assert.NotEqual(ArticleIds.Of("one two three"), ArticleIds.Of("one two four"));
    }
}
