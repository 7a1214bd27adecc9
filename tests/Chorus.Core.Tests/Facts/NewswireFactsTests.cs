using Chorus.Core.Facts;
using Xunit;

namespace Chorus.Core.Tests.Facts;

/// <summary>Issue 13 item 7: part-of-whole, conflicts versus agreements, wordings of one fact, names, dates in quotes and undated articles.</summary>
public class NewswireFactsTests
{
    private static readonly DateOnly Thursday = new(2026, 3, 12);

    [Fact]
    public void APartOfAWholeIsNotAConflictWithItsWhole()
    {
        var a = FactArticles.Make("The Harbour Party won 40 of the 90 council seats in the vote.", id: "a");
        var b = FactArticles.Make("The Harbour Party took 40 of the 90 council seats, officials said.", id: "b", outlet: "Other Wire");
        var facts = FactArticles.Facts(a, b);

        var part = Assert.Single(facts.Quantities, q => q.Value == 40 && q.Source.ArticleId == "a");
        Assert.Equal(90, part.Whole);
        Assert.Empty(facts.Conflicts);
    }

    [Fact]
    public void PartsStillConflictWithOtherCountsOfTheSameThing()
    {
        var a = FactArticles.Make("Only 30 of the 90 deputies backed the mayor on Monday.", id: "a");
        var b = FactArticles.Make("At least 60 deputies backed the mayor on Monday, his office said.", id: "b", outlet: "Other Wire");
        var conflict = Assert.Single(FactArticles.Facts(a, b).Conflicts);
        Assert.Equal(2, conflict.Sides.Count);
    }

    [Fact]
    public void ADisputedClaimIsNotAlsoAnAgreement()
    {
        var a = FactArticles.Make("The storm forced 1,210 villagers to flee their homes.", id: "a");
        var b = FactArticles.Make("More than 1,200 villagers were forced to flee their homes by the storm.", id: "b", outlet: "B Wire");
        var c = FactArticles.Make("Nearly 1,200 villagers fled their homes in the storm.", id: "c", outlet: "C Wire");
        var facts = FactArticles.Facts(a, b, c);

        var conflict = Assert.Single(facts.Conflicts);
        Assert.Contains(conflict.Sides, s => s.Values.Count == 2);
        Assert.Empty(facts.Agreements);
    }

    [Fact]
    public void WordingsOfOneValueInDifferentArticlesAreOneFact()
    {
        var a = FactArticles.Make("The president ordered the call-up of 8,000 military reservists to guard the frontier.", id: "a");
        var b = FactArticles.Make("The president ordered the call-up of 8,000 reserve troops to guard the frontier.", id: "b", outlet: "B Wire");
        var fact = Assert.Single(FactArticles.Facts(a, b).QuantityFacts, f => f.Any(q => q.Value == 8000));
        Assert.Equal(["a", "b"], fact.Select(q => q.Source.ArticleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ALargeCountRestatedInOneArticleIsOneFact()
    {
        var a = FactArticles.Make(
            "More than 3,000 valley residents fled on Sunday.\n\nRescue teams followed after more than 3,000 local residents fled.",
            id: "a");
        var b = FactArticles.Make("More than 3,000 valley residents fled, officials said.", id: "b", outlet: "B Wire");
        var fact = Assert.Single(FactArticles.Facts(a, b).QuantityFacts, f => f.Any(q => q.Value == 3000));
        Assert.Equal(3, fact.Count);
    }

    [Fact]
    public void TwoWordingsInOneArticleStayTwoFacts()
    {
        var a = FactArticles.Make("The army lost two attack helicopters and two transport helicopters on Monday.", id: "a");
        var facts = FactArticles.Facts(a).QuantityFacts.Where(f => f.Any(q => q.Value == 2)).ToList();
        Assert.Equal(2, facts.Count);
    }

    [Fact]
    public void MultiWordNamesWithPossessivesAndLowerCaseWordsAreTypedAndMerged()
    {
        var a = FactArticles.Make(
            "The Harbour People's Party won the vote in Port Vella. Many people gathered in the streets of Port Vella. "
            + "A Port Vella court heard the case, and the U.N. sent observers.",
            id: "a");
        var b = FactArticles.Make("Leaders of the HPP said the United Nations must stay.", id: "b", outlet: "B Wire");
        var entities = FactArticles.Facts(a, b).Entities;

        var party = Assert.Single(entities, e => e.Variants.Contains("Harbour People's Party"));
        Assert.Equal(EntityType.Organisation, party.Type);
        Assert.Contains("HPP", party.Variants);
        Assert.Equal(EntityType.Place, Assert.Single(entities, e => e.Name == "Port Vella").Type);
        var un = Assert.Single(entities, e => e.Variants.Contains("U.N."));
        Assert.Equal(EntityType.Organisation, un.Type);
        Assert.Contains("United Nations", un.Variants);
        Assert.DoesNotContain(entities, e => e.Name is "U" or "N");
    }

    [Fact]
    public void AnAbbreviatedTitleNeedsItsPeriod()
    {
        var entities = FactArticles.Facts(FactArticles.Make("Prime Minister Hun Sen met Sen. Ana Rusk in the capital on Sept. 24.")).Entities;
        Assert.Contains(entities, e => e.Name == "Hun Sen" && e.Type == EntityType.Person);
        Assert.Contains(entities, e => e.Name == "Ana Rusk" && e.Type == EntityType.Person);
        Assert.DoesNotContain(entities, e => e.Name is "Hun" or "Sept");
    }

    [Fact]
    public void TodayInAQuoteResolvesOnlyWhenTheQuoteIsFromTheArticlesDay()
    {
        var sameDay = FactArticles.Make("\"We open the bridge today,\" the mayor said.", Thursday, id: "a");
        var otherDay = FactArticles.Make("\"We open the bridge today,\" said the mayor of the town that flooded on Monday.", Thursday, id: "b");

        var resolved = Assert.Single(FactArticles.Facts(sameDay).Dates);
        Assert.Equal(Thursday, resolved.From);
        Assert.DoesNotContain(FactArticles.Facts(otherDay).Dates, d => d.Phrase == "today");
    }

    [Fact]
    public void AnUndatedArticleTakesItsStorysDateRange()
    {
        var dated = FactArticles.Make("The bridge reopened on Tuesday, officials said.", Thursday, id: "a");
        var later = FactArticles.Make("Traffic is back on the bridge, officials said.", Thursday.AddDays(2), id: "b", outlet: "B Wire");
        var undated = FactArticles.Make("The bridge reopened on Tuesday after repairs.", id: "c", outlet: "C Wire");

        var tuesday = Assert.Single(FactArticles.Facts(dated, later, undated).Dates, d => d.Source.ArticleId == "c");
        Assert.Equal(new DateOnly(2026, 3, 10), tuesday.From);
        Assert.Equal(new DateOnly(2026, 3, 10), tuesday.To);
        Assert.Empty(FactArticles.Facts(undated).Dates);
    }

    [Fact]
    public void AnUndatedArticleNamingTheDayAfterTheStoryIsReadAsPublishedThen()
    {
        var dated = FactArticles.Make("The river crested on Wednesday, officials said.", Thursday, id: "a");
        var undated = FactArticles.Make(
            "The river crested on Wednesday. Crews reopened the bridge on Thursday. On Friday the mayor thanked the volunteers.",
            id: "b",
            outlet: "B Wire");

        var dates = FactArticles.Facts(dated, undated).Dates.Where(d => d.Source.ArticleId == "b").ToDictionary(d => d.Phrase, d => d.From);
        Assert.Equal(Thursday.AddDays(-1), dates["on Wednesday"]);
        Assert.Equal(Thursday, dates["on Thursday"]);
        Assert.Equal(Thursday.AddDays(1), dates["On Friday"]);
    }

    [Theory]
    [InlineData("The council said on Tuesday that it plans to reopen the bridge next month.")]
    [InlineData("The mayor announced Tuesday that the town will rebuild the levee.")]
    public void ADayRightAfterAPastVerbIsThePastInASentenceAboutTheFuture(string text)
    {
        var tuesday = Assert.Single(FactArticles.Facts(FactArticles.Make(text, Thursday)).Dates, d => d.Phrase.EndsWith("Tuesday", StringComparison.Ordinal));
        Assert.Equal(Thursday.AddDays(-2), tuesday.From);
    }
}
