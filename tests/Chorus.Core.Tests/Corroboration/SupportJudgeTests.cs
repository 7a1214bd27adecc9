using Chorus.Core.Corroboration;
using Xunit;

namespace Chorus.Core.Tests.Corroboration;

public sealed class SupportJudgeTests
{
    /// <summary>Sentences of an invented story, so that the word weights see common and rare words as a story would.</summary>
    private static readonly string[] Story =
    [
        "A bomb exploded in the Varna fish market on Monday morning, police said.",
        "The market was crowded with shoppers when the bomb went off near the entrance.",
        "Police closed the roads around the market and searched nearby buildings.",
        "Mayor Ilse Tamm said 300 families were still staying in hotels after the floods last month.",
        "The city council will meet on Thursday to discuss security at the market.",
        "Shop owners said business had been slow since the floods.",
    ];

    private static SupportVerdict Judge(string claim, params string[] source)
    {
        var readings = source.Select(ClaimReading.Of).ToList();
        var weights = new WordWeights(Story.Concat(source).Append(claim).Select(ClaimReading.Of));
        return SupportJudge.Judge(ClaimReading.Of(claim), readings, weights);
    }

    [Fact]
    public void AParaphraseSupportsTheClaim()
    {
        var verdict = Judge(
            "The bomb wounded shoppers in the crowded Varna fish market on Monday.",
            "Shop owners said business had been slow since the floods.",
            "Shoppers in the crowded fish market of Varna were wounded by the bomb on Monday, police said.");
        Assert.Equal(SupportKind.Supports, verdict.Kind);
        Assert.Equal(1, verdict.Evidence[0]);
    }

    [Fact]
    public void AnotherCountOfTheSameEventDisputesTheClaimEvenInFewSharedWords()
    {
        var verdict = Judge(
            "The blast killed two people and wounded 21 in the market.",
            "Police said 24 people were wounded.",
            "The council will meet on Thursday.");
        Assert.Equal(SupportKind.Disputes, verdict.Kind);
        Assert.Equal(new ValueClash("count", "21", "24", Strong: true), verdict.Clash);
    }

    [Fact]
    public void CompatibleCountsAreNotADispute()
    {
        var verdict = Judge(
            "More than 4,000 people fled their homes after the dam burst.",
            "About 4,300 people fled their homes when the dam burst on Sunday.");
        Assert.Equal(SupportKind.Supports, verdict.Kind);
    }

    [Fact]
    public void ASpeakersNameAloneIsNotSupport()
    {
        var verdict = Judge(
            "Mayor Ilse Tamm said the Varna bridge would reopen to traffic on Friday.",
            "Mayor Ilse Tamm said 300 families were still staying in hotels after the floods last month.");
        Assert.Equal(SupportKind.Silent, verdict.Kind);
    }

    [Fact]
    public void AgesOfOnePersonSpelledTwoWaysClash()
    {
        var verdict = Judge(
            "The driver, Youssef Zughayer, 21, came from a village near the city.",
            "Zughayar, 22, had worked in his father's shop before the attack.");
        Assert.Equal(SupportKind.Disputes, verdict.Kind);
        Assert.Equal("age", verdict.Clash!.Kind);
    }

    [Fact]
    public void AnotherGroupClaimingTheAttackDisputesIt()
    {
        var verdict = Judge(
            "The Green Front claimed responsibility for the market bombing.",
            "The Red Cell claimed responsibility for the bombing in a statement on Tuesday.");
        Assert.Equal(SupportKind.Disputes, verdict.Kind);
        Assert.Equal("actor", verdict.Clash!.Kind);
    }

    [Fact]
    public void ASourceAboutSomethingElseIsSilent()
    {
        var verdict = Judge(
            "A bomb exploded in the Varna fish market on Monday morning.",
            "The city council will meet on Thursday to discuss parking fees.",
            "Shop owners said business had been slow since the floods.");
        Assert.Equal(SupportKind.Silent, verdict.Kind);
        Assert.Empty(verdict.Evidence);
    }

    [Fact]
    public void NamesTransliteratedDifferentlyShareOneKey()
    {
        Assert.Equal(ClaimReading.NameKey("mazar-e-sharif"), ClaimReading.NameKey("mazar-i-sharif"));
        Assert.Equal(ClaimReading.NameKey("sadeq"), ClaimReading.NameKey("sadiq"));
        Assert.NotEqual(ClaimReading.NameKey("hamas"), ClaimReading.NameKey("jihad"));
    }
}
