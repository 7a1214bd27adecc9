using Xunit;

namespace Chorus.Core.Tests.Facts;

/// <summary>The claims view: who says what across outlets, on articles written for the test.</summary>
public class ClaimTests
{
    [Fact]
    public void TheSameClaimInDifferentWordsIsOneClaimWithBothOutlets()
    {
        var facts = FactArticles.Facts(
            FactArticles.Make("Mayor Lina Ortiz visited the levee on Monday.\n\nShe said the town would reopen the bridge by Friday.", id: "a1", outlet: "Valley Post"),
            FactArticles.Make("The bridge will reopen by Friday, Mayor Lina Ortiz said on Monday.", id: "a2", outlet: "River Wire"));
        var claim = Assert.Single(facts.Claims, c => c.Text.Contains("bridge", StringComparison.Ordinal));
        Assert.Equal("Lina Ortiz", claim.Speaker);
        Assert.True(claim.Resolved);
        Assert.Equal(["a1", "a2"], claim.Mentions.Select(m => m.ArticleId).Order(StringComparer.Ordinal));
        Assert.Equal("She", Assert.Single(claim.Mentions, m => m.ArticleId == "a1").Mention);
        Assert.False(claim.QuotedDifferently);
    }

    [Fact]
    public void OutletsQuotingTheSpeakerWithDifferentWordsAreFlagged()
    {
        var facts = FactArticles.Facts(
            FactArticles.Make("“We will rebuild every house in the valley before winter,” said Governor Ivo Marek.", id: "a1", outlet: "Valley Post"),
            FactArticles.Make("“We will rebuild every single house in the valley before the winter,” Governor Ivo Marek said.", id: "a2", outlet: "River Wire"));
        var claim = Assert.Single(facts.Claims);
        Assert.True(claim.Direct);
        Assert.Equal("Ivo Marek", claim.Speaker);
        Assert.Equal(2, claim.Mentions.Count);
        Assert.True(claim.QuotedDifferently);
    }

    [Fact]
    public void TheSameWordsFromDifferentSpeakersAreTwoClaims()
    {
        var facts = FactArticles.Facts(
            FactArticles.Make("Governor Ivo Marek said the dam would hold through the storm.", id: "a1"),
            FactArticles.Make("Engineer Dara Solis said the dam would hold through the storm.", id: "a2"));
        Assert.Equal(["Dara Solis", "Ivo Marek"], facts.Claims.Select(c => c.Speaker).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ANegatedClaimIsNotMergedWithItsOpposite()
    {
        var facts = FactArticles.Facts(
            FactArticles.Make("Governor Ivo Marek said the dam would hold through the storm.", id: "a1"),
            FactArticles.Make("Governor Ivo Marek said the dam would not hold through the storm.", id: "a2"));
        Assert.Equal(2, facts.Claims.Count);
    }

    [Fact]
    public void PostingANounPhraseIsAnActNotAClaim()
    {
        const string text = "The rebels rallied online, with allied accounts sharing maps of the front and posting dozens of photos of abandoned trucks and stores of grain.";
        Assert.Empty(FactArticles.Facts(FactArticles.Make(text)).Claims);
    }

    [Fact]
    public void AParentheticalAccordingToKeepsTheWholeSentenceAsTheClaim()
    {
        const string text = "Since the rains began in March, the river has risen steadily and, according to the water board, flooded more than 40 villages along its banks.";
        var claim = Assert.Single(FactArticles.Facts(FactArticles.Make(text)).Claims);
        Assert.Equal("the water board", claim.Speaker);
        Assert.EndsWith("flooded more than 40 villages along its banks", claim.Text, StringComparison.Ordinal);
        Assert.StartsWith("Since the rains began in March", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rescue crews deployed to counter the flooding across the northern valley.")]
    [InlineData("The governor praised the volunteers who filled sandbags all night.")]
    [InlineData("Rain fell for a third day across the valley, spurring fears that the levee would give way before dawn.")]
    [InlineData("The river, as they say in the valley, always takes back what belongs to it in the end.")]
    [InlineData("Since the storm began on Friday — with a warning issued by the weather office — crews have cleared nine roads.")]
    public void ClausesAndStancesAreNotClaims(string text) =>
        Assert.Empty(FactArticles.Facts(FactArticles.Make(text)).Claims);

    [Fact]
    public void AGroupDescribedInLowerCaseKeepsItsMentionAndNamesNobody()
    {
        var claim = Assert.Single(FactArticles.Facts(FactArticles.Make("Valley officials said the water had fallen by two metres overnight.")).Claims);
        Assert.Equal("Valley officials", claim.Speaker);
        Assert.False(claim.Resolved);
    }
}
