using Chorus.Core.Facts;
using Xunit;

namespace Chorus.Core.Tests.Facts;

public class QuantityTests
{
    [Theory]
    [InlineData("Officials said 1,037 soldiers crossed the river.", 1037, "soldiers")]
    [InlineData("The government mobilised 20,000 military reservists on the border.", 20000, "military reservists")]
    [InlineData("Rescuers saved twenty fishermen from the sea.", 20, "fishermen")]
    [InlineData("The flood displaced 1.5 million people across the delta.", 1_500_000, "people")]
    [InlineData("Engineers counted twenty-five cracks in the wall.", 25, "cracks")]
    [InlineData("Two dozen trucks reached the town on Monday.", 24, "trucks")]
    [InlineData("Volunteers filled a dozen boats with sandbags.", 12, "boats")]
    [InlineData("The storm felled three dozen trees along the avenue.", 36, "trees")]
    public void ReadsNumbersInDigitsAndWordsWithWhatTheyCount(string text, double value, string counted)
    {
        var quantity = Assert.Single(FactArticles.Quantities(text));
        Assert.Equal(value, quantity.Value);
        Assert.Equal(counted, quantity.Counted);
        Assert.Equal(text.Substring(quantity.Source.Span.Start, quantity.Source.Span.Length), quantity.Source.Text);
    }

    [Fact]
    public void ReadsPercentagesAndCurrencyAmounts()
    {
        var quantities = FactArticles.Quantities("The army has withdrawn 90% of its equipment, and the plan costs $3bn in total.");
        Assert.Contains(quantities, q => q.Value == 90 && q.Unit == "%" && q.Phrase == "90%");
        Assert.Contains(quantities, q => q.Value == 3e9 && q.Unit == "$" && q.Phrase == "$3bn");
    }

    [Theory]
    [InlineData("Nearly 1,000 soldiers fled.", 900, false, 1000, true)]
    [InlineData("Almost 1,000 soldiers fled.", 900, false, 1000, true)]
    [InlineData("More than 1,000 soldiers fled.", 1000, true, double.PositiveInfinity, true)]
    [InlineData("Over 1,000 soldiers fled.", 1000, true, double.PositiveInfinity, true)]
    [InlineData("About 1,000 soldiers fled.", 900, false, 1100, false)]
    [InlineData("Around 1,000 soldiers fled.", 900, false, 1100, false)]
    [InlineData("At least 1,000 soldiers fled.", 1000, false, double.PositiveInfinity, true)]
    [InlineData("Hundreds of soldiers fled.", 200, false, 999, false)]
    [InlineData("Dozens of soldiers fled.", 24, false, 99, false)]
    [InlineData("Several hundred soldiers fled.", 200, false, 999, false)]
    [InlineData("Between 2,500-3,500 soldiers fled.", 2500, false, 3500, false)]
    public void ModifiersBecomeIntervals(string text, double low, bool lowOpen, double high, bool highOpen)
    {
        var quantity = Assert.Single(FactArticles.Quantities(text));
        Assert.Equal(new ValueInterval(low, lowOpen, high, highOpen), quantity.Interval);
        Assert.Equal("soldiers", quantity.Counted);
        Assert.Equal("troops", quantity.Head);
        Assert.Equal("flee", quantity.Event);
    }

    [Fact]
    public void NearlyAThousandAndExactlyMoreDoNotAgreeButMoreThanAThousandDoes()
    {
        var exact = ValueInterval.Exactly(1037);
        Assert.False(QuantityModifiers.Apply(IntervalRule.JustBelow, 1000).Intersects(exact));
        Assert.True(QuantityModifiers.Apply(IntervalRule.Above, 1000).Intersects(exact));
        Assert.False(QuantityModifiers.Apply(IntervalRule.Above, 1000).Intersects(ValueInterval.Exactly(1000)));
    }

    [Theory]
    [InlineData("The talks opened on July 6, 2021 in Doha.")]
    [InlineData("For help, call +44 20 7946 0958 or 555-0199 at any time.")]
    [InlineData("Talks resumed in 2021 after a pause.")]
    [InlineData("One of the soldiers said no one should surrender, and one side should take control.")]
    [InlineData("She woke at 3am and left at 10:30 with nothing.")]
    [InlineData("At the shelter, Farida Hosseini, 62, described the night.")]
    [InlineData("The convoy drove along Route 6 towards the north.")]
    public void NumbersInDatesPhonesYearsTimesAgesLabelsAndThePronounOneAreNotQuantities(string text) =>
        Assert.Empty(FactArticles.Quantities(text));

    [Fact]
    public void AYearIsADateNotACount()
    {
        var facts = FactArticles.Facts(FactArticles.Make("Talks resumed in 2021 after a pause."));
        Assert.Empty(facts.Quantities);
        var year = Assert.Single(facts.Dates);
        Assert.Equal(DatePrecision.Year, year.Precision);
        Assert.Equal(new DateOnly(2021, 1, 1), year.From);
    }

    [Fact]
    public void AParticleIsNotAModifier()
    {
        var quantity = Assert.Single(FactArticles.Quantities("The command handed over seven facilities to the army."));
        Assert.Null(quantity.Modifier);
        Assert.Equal(ValueInterval.Exactly(7), quantity.Interval);
    }

    [Fact]
    public void ALeftOutNounIsSharedWithTheQuantityBeforeIt()
    {
        var quantities = FactArticles.Quantities("At least seven people died and more than 4,000 were forced from their homes.");
        Assert.Equal(2, quantities.Count);
        Assert.Equal("people", quantities[1].Head);
        Assert.Equal("flee", quantities[1].Event);
        Assert.Equal("die", quantities[0].Event);
    }

    [Fact]
    public void APartitiveCountsTheNounOfItsTotal()
    {
        var quantities = FactArticles.Quantities("The militants took control of more than 100 of Afghanistan’s 419 district centers so far.");
        Assert.Equal(["more than 100", "419"], quantities.Select(q => q.Phrase).ToArray());
        Assert.All(quantities, q => Assert.Equal("district centers", q.Counted));
    }
}
