using Chorus.Core.Cleaning;
using Chorus.Core.Documents;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Cleaning;

public class TextScrapeCleanerSeedTests
{
    private static readonly IReadOnlyList<Article> Articles = TextScrapeCleaner.CleanAll(Seeds.All);

    private static Article Cleaned(string prefix) =>
        Articles.Single(a => Path.GetFileName(a.Origin).StartsWith(prefix + "_", StringComparison.Ordinal));

    [Theory]
    [InlineData("000", "READ MORE: Afghan government mulls offensive after losing key battles to Taliban", "teaser")]
    [InlineData("000", "Reuters", "credit")]
    [InlineData("000", "Afghan Commando forces armoured convoy fights on the frontlines", "caption")]
    [InlineData("001", "pic.twitter.com/Af5o74XfVn", "social")]
    [InlineData("001", "— Fawad Aman (@FawadAman2) July 6, 2021", "social")]
    [InlineData("001", "Watch: Afghans take up arms against Taliban across the country.", "social")]
    [InlineData("001", "Social media is bold.", "slogan")]
    [InlineData("001", "But never irrelevant.", "slogan")]
    [InlineData("001", "If you like this story, share it with a friend!", "share")]
    [InlineData("001", "Help us financially to keep our journalism free", "donate")]
    [InlineData("001", "0 Comments", "comments")]
    [InlineData("001", "(With input from news agency language)", "editor's note")]
    [InlineData("001", "SOURCE ; TRT WORLD", "source line")]
    [InlineData("002", "Afghan security forces in Faizabad the capital of Badakhshan province", "caption")]
    [InlineData("002", "LEAVE A COMMENT", "comment box")]
    [InlineData("002", "There are no comments.", "comment box")]
    [InlineData("003", "AfghanistanAsia-PacificNorth America", "crumbs")]
    [InlineData("003", "Back to top button", "navigation")]
    [InlineData("004", "Smog hazard", "trailing teaser")]
    [InlineData("004", "The catastrophe unfolding in Lahore", "trailing teaser")]
    [InlineData("004", "reduced its key policy rate by a hefty 250bps", "trailing teaser")]
    [InlineData("004", "Ceasefire charade", "trailing teaser")]
    [InlineData("004", "Published in Dawn, July 6th, 2021", "publication line")]
    public void JunkIsRemovedAndKeptForAudit(string seed, string junk, string kind)
    {
        var article = Cleaned(seed);
        Assert.DoesNotContain(junk, article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Removed, r => r.Text.Contains(junk, StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(kind));
    }

    [Theory]
    [InlineData("000", "Nearly 1,000 Afghan soldiers have fled into Tajikistan")]
    [InlineData("000", "Kremlin spokesman Dmitry Peskov said there was “heightened concern”")]
    [InlineData("001", "A statement on Monday from the Tajik government said President Emomali Rakhmon ordered")]
    [InlineData("001", "He said Turkey and Russia had closed their consulates")]
    [InlineData("002", "On Monday, more than 1,000 Afghan troops fled into Tajikistan")]
    [InlineData("002", "‘We are trying to do the best and as much as possible secure and serve all the people,’ he said.")]
    [InlineData("003", "Russia’s Deputy Foreign Minister Andrei Rudenko said on Monday")]
    [InlineData("003", "The diplomat said Russia was ready to use its military base in Tajikistan")]
    [InlineData("004", "More than 1,000 Afghan troops fled into neighbouring Tajikistan on Monday")]
    [InlineData("004", "pull all forces from Afghanistan by this year’s 20th anniversary of the September 11 attacks.")]
    public void ArticleLinesAreKept(string seed, string line) =>
        Assert.Contains(line, Cleaned(seed).Text, StringComparison.Ordinal);

    [Fact]
    public void MetadataIsReadWithItsEvidence()
    {
        var afp = Cleaned("002");
        Assert.Equal("Afghan forces vow to retake districts lost to Taliban", afp.Title);
        Assert.Equal("AFP", afp.Outlet.Name);
        Assert.Equal("dateline", afp.Outlet.Evidence.Method);
        Assert.Equal(new DateOnly(2021, 7, 6), afp.Published!.Date);
        Assert.Equal(new TimeOnly(15, 16), afp.Published.Time);
        Assert.Equal("July 06 2021 03:16 PM", afp.Published.Stated);

        var dawn = Cleaned("004");
        Assert.Equal("Dawn", dawn.Outlet.Name);
        Assert.Equal("publication line", dawn.Published!.Evidence.Method);
        Assert.Equal(new DateOnly(2021, 7, 6), dawn.Published.Date);
        Assert.Equal("KABUL", dawn.Dateline);
        Assert.StartsWith("More than 1,000 Afghan troops", dawn.Text, StringComparison.Ordinal);

        Assert.Equal("TRT World", Cleaned("001").Outlet.Name);
        Assert.Equal("source line", Cleaned("001").Outlet.Evidence.Method);
        Assert.Equal("file name", Cleaned("003").Outlet.Evidence.Method);
        Assert.Equal("Afghan govt. vows to retake territory from Taliban, US pulls out 90% of troops, equipment", Cleaned("003").Title);
        Assert.Null(Cleaned("001").Title);
    }

    [Fact]
    public void SectionHeadingsAreHeadingsNotProse()
    {
        var afp = Cleaned("002");
        var headings = afp.Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).Select(afp.ParagraphText).ToList();
        Assert.Contains("Afghan forces flee", headings);
        Assert.Contains("'Trying our best'", headings);
    }

    [Fact]
    public void ParagraphSpansPointIntoTheCleanText()
    {
        foreach (var article in Articles)
        {
            Assert.All(article.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(article.ParagraphText(p))));
            Assert.Equal(article.Text.Length, article.Paragraphs[^1].Span.End);
        }
    }
}
