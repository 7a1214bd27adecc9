using Chorus.Core.Facts;
using Xunit;

namespace Chorus.Core.Tests.Facts;

public class DateTests
{
    /// <summary>A Tuesday.</summary>
    private static readonly DateOnly Reference = new(2021, 7, 6);

    private static DatedEvent Single(string text, DateOnly? reference = null)
    {
        var facts = FactArticles.Facts(FactArticles.Make(text, reference ?? Reference));
        return Assert.Single(facts.Dates);
    }

    [Theory]
    [InlineData("The troops crossed on Monday.", "on Monday", "2021-07-05", "2021-07-05")]
    [InlineData("The base fell late on Monday night.", "late on Monday night", "2021-07-05", "2021-07-05")]
    [InlineData("The vow came on Tuesday.", "on Tuesday", "2021-07-06", "2021-07-06")]
    [InlineData("Inspectors will arrive on Friday.", "on Friday", "2021-07-09", "2021-07-09")]
    [InlineData("The convoy left last week.", "last week", "2021-06-28", "2021-07-05")]
    [InlineData("The withdrawal began in early May.", "early May", "2021-05-01", "2021-05-10")]
    [InlineData("The final withdrawal began on May 1 under the deal.", "May 1", "2021-05-01", "2021-05-01")]
    [InlineData("The bridge was damaged yesterday.", "yesterday", "2021-07-05", "2021-07-05")]
    public void RelativeDatesResolveAgainstTheArticlesDateKeepingThePhraseAndReference(string text, string phrase, string from, string to)
    {
        var date = Single(text);
        Assert.Equal(phrase, date.Phrase);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), date.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), date.To);
        Assert.Equal(Reference, date.Reference);
        Assert.Equal(phrase, text.Substring(date.Source.Span.Start, date.Source.Span.Length));
    }

    [Fact]
    public void ADayAndMonthNamingAnEventIsNotADate()
    {
        var facts = FactArticles.Facts(FactArticles.Make("The exit came 20 years after the September 11 attacks.", Reference));
        Assert.Empty(facts.Dates);
    }

    [Fact]
    public void AbsoluteDatesNeedNoReference()
    {
        var facts = FactArticles.Facts(FactArticles.Make("The fighting began on June 29, 2021 in Parwan."));
        var date = Assert.Single(facts.Dates);
        Assert.Equal(new DateOnly(2021, 6, 29), date.From);
        Assert.Null(date.Reference);
        Assert.Empty(facts.Quantities);
    }

    [Fact]
    public void AnUndatedArticlesRelativeDatesStayOutOfTheTimeline()
    {
        var facts = FactArticles.Facts(FactArticles.Make("The troops crossed on Monday."));
        Assert.Empty(facts.Dates);
        Assert.Empty(facts.Timeline);
    }

    [Fact]
    public void TheTimelineJoinsOneEventAcrossSourcesAndSortsByDate()
    {
        var a = FactArticles.Make("Engineers opened the spillway gates on Monday. The dam was completed in 1987.", new DateOnly(2026, 3, 17), "a");
        var b = FactArticles.Make("The spillway gates were opened by engineers on Monday.", new DateOnly(2026, 3, 16), "b");
        var facts = FactArticles.Facts(a, b);
        Assert.Equal(2, facts.Timeline.Count);
        Assert.Equal(1987, facts.Timeline[0].From.Year);
        Assert.Equal(new DateOnly(2026, 3, 16), facts.Timeline[1].From);
        Assert.Equal(["a", "b"], facts.Timeline[1].Mentions.Select(m => m.Source.ArticleId).ToArray());
    }

    [Fact]
    public void DifferentDatesForOneEventAreAConflict()
    {
        var a = FactArticles.Make("Engineers opened the spillway gates of the dam on Monday.", new DateOnly(2026, 3, 17), "a");
        var b = FactArticles.Make("Engineers opened the spillway gates of the dam on Sunday.", new DateOnly(2026, 3, 17), "b");
        var conflict = Assert.Single(FactArticles.Facts(a, b).Conflicts);
        Assert.Equal(ClaimKind.Date, conflict.Kind);
        Assert.Equal(2, conflict.Sides.Count);
    }
}
