using Chorus.Core.Facts;
using Xunit;

namespace Chorus.Core.Tests.Facts;

public sealed class DurationFactsTests
{
    [Fact]
    public void WordingsOfOneSpanInDifferentUnitsAreOneFactAndNoSourcesOwn()
    {
        var a = FactArticles.Make("The harbour reopened after nearly two decades of neglect.", id: "a");
        var b = FactArticles.Make(
            "Fishermen returned to the harbour after almost 20 years of neglect.\n\nThe town had waited two decades for it.",
            id: "b",
            outlet: "B Wire");
        var facts = FactArticles.Facts(a, b);

        var fact = Assert.Single(facts.QuantityFacts, f => f.Any(q => q.Head.StartsWith("decade", StringComparison.Ordinal)));
        Assert.Equal(3, fact.Count);
        Assert.Contains(fact, q => q.Head == "year");
        Assert.All(facts.OnlyIn, o => Assert.Empty(o.Quantities));
    }

    [Fact]
    public void SpansThatDoNotMeetStayApart()
    {
        var a = FactArticles.Make("The dam was built over nearly 20 years.", id: "a");
        var b = FactArticles.Make("The bridge was built in 15 years.", id: "b", outlet: "B Wire");
        var facts = FactArticles.Facts(a, b);

        Assert.Equal(2, facts.QuantityFacts.Count(f => f.Any(q => q.Head == "year")));
        Assert.All(facts.OnlyIn, o => Assert.Single(o.Quantities));
    }

    [Theory]
    [InlineData("more than 10 years")]
    [InlineData("less than 20 years")]
    public void OpenEndedSpansAreNotMatched(string phrase)
    {
        var quantity = Assert.Single(FactArticles.Quantities($"The mine has been closed for {phrase}."));
        Assert.Null(DurationSpans.Of(quantity));
    }

    [Fact]
    public void AWeekIsSevenDaysButNotAQuarterOfAMonth()
    {
        var quantities = FactArticles.Quantities("The strike lasted two weeks.\n\nTalks took 14 days.\n\nThe siege lasted half a month.");
        Assert.True(DurationSpans.Same(quantities[0], quantities[1]));
        Assert.All(quantities.Skip(2), q => Assert.False(DurationSpans.Same(quantities[0], q)));
    }
}
