using Chorus.Core.Facts;
using Xunit;

namespace Chorus.Core.Tests.Facts;

/// <summary>
/// Issue 13 item 7: the same counted thing with different values from different sources is a conflict, however each
/// source words the noun ("21 Israelis", "24 people", "21 others", a number whose noun was given earlier).
/// </summary>
public class CasualtyConflictTests
{
    [Fact]
    public void ANumberAfterAnEventVerbCountsTheNounCountedBeforeIt()
    {
        var wounded = Assert.Single(FactArticles.Quantities("A bomb went off in the square, killing three people and wounding 17."), q => q.Value == 17);
        Assert.Equal("people", wounded.Head);
        Assert.Equal("injure", wounded.Event);
    }

    [Fact]
    public void AVerbRightBeforeTheNumberIsItsEventEvenWhenAnotherVerbFollows()
    {
        var killed = Assert.Single(FactArticles.Quantities("A bomb went off in the square, killing three people and wounding 17."), q => q.Value == 3);
        Assert.Equal("die", killed.Event);
    }

    [Fact]
    public void OthersCountTheNounCountedBeforeThem()
    {
        var others = Assert.Single(FactArticles.Quantities("Three people died and 17 others were injured in the square."), q => q.Value == 17);
        Assert.Equal("people", others.Head);
        Assert.Equal("injure", others.Event);
    }

    [Fact]
    public void APeoplesNameCountsPeople()
    {
        var counted = Assert.Single(FactArticles.Quantities("The blast wounded 17 Norwegians near the harbour."), q => q.Value == 17);
        Assert.Equal("people", counted.Head);
    }

    [Fact]
    public void DifferentCasualtyCountsFromTwoSourcesConflict()
    {
        var a = FactArticles.Make("A bomb went off in the square on Friday, killing three people and wounding 17.", id: "a");
        var b = FactArticles.Make("The blast in the square wounded 17 Norwegians, police said.", id: "b", outlet: "B Wire");
        var c = FactArticles.Make("Three people died and 19 people were injured when the bomb exploded.", id: "c", outlet: "C Wire");
        var conflict = Assert.Single(FactArticles.Facts(a, b, c).Conflicts, c => c.Kind == ClaimKind.Quantity);

        Assert.StartsWith("People", conflict.Claim, StringComparison.Ordinal);
        Assert.Equal(["17", "19"], conflict.Sides.Select(s => s.Values[0].Value).Order(StringComparer.Ordinal));
        Assert.Equal(2, conflict.Sides.Single(s => s.Values[0].Value == "17").Values.SelectMany(v => v.Sources).Count());
    }

    [Fact]
    public void TheSameSentenceGivingAnotherYearInTheSamePlaceIsADateConflict()
    {
        var a = FactArticles.Make("Varga, named harbour master in 1994 during the 1990-96 dispute, rebuilt the port.", id: "a");
        var b = FactArticles.Make("Varga, named harbour master in 1995 during the 1990-96 dispute, rebuilt the port.", id: "b", outlet: "B Wire");
        var conflict = Assert.Single(FactArticles.Facts(a, b).Conflicts, c => c.Kind == ClaimKind.Date);

        Assert.Equal(2, conflict.Sides.Count);
        Assert.Contains(conflict.Sides, s => s.Values.Any(v => v.Value.Contains("1994", StringComparison.Ordinal)));
        Assert.Contains(conflict.Sides, s => s.Values.Any(v => v.Value.Contains("1995", StringComparison.Ordinal)));
    }

    [Fact]
    public void YearsInDifferentPlacesOfSimilarSentencesDoNotConflict()
    {
        var a = FactArticles.Make("Varga, named harbour master in 1994, rebuilt the port after the 1990 dispute.", id: "a");
        var b = FactArticles.Make("Varga, named harbour master after 1991, rebuilt the port in the 1990 dispute.", id: "b", outlet: "B Wire");
        Assert.DoesNotContain(FactArticles.Facts(a, b).Conflicts, c => c.Kind == ClaimKind.Date);
    }
}
