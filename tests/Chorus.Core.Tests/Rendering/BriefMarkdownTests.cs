using Chorus.Core.Facts;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Chorus.Core.Tests.Storage;
using Xunit;

namespace Chorus.Core.Tests.Rendering;

/// <summary>Issue 13 items 6 and 9: no empty summary at any budget, each quote listed once.</summary>
public sealed class BriefMarkdownTests
{
    private static Quote Quote(string text, params string[] articles) =>
        new(text, "Ana Rusk", null, "said", articles.Select(a => new QuoteMention(a, text, [], "Ana Rusk", null, "said")).ToList(), []);

    [Fact]
    public void APieceOfALongerQuoteFromTheSameOutletsIsListedOnce()
    {
        var longer = Quote("The bridge will stay shut until the girder is replaced, and the ferry will run every hour", "a", "b");
        var piece = Quote("The bridge will stay shut until the girder is replaced", "a");
        var elsewhere = Quote("The bridge will stay shut until the girder is replaced", "c");

        Assert.Equal([longer], FactsMarkdown.ShownOnce([longer, piece]));
        Assert.Equal([longer, elsewhere], FactsMarkdown.ShownOnce([longer, elsewhere]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public void EveryBudgetGivesASummaryWithAtLeastOneSentence(int words)
    {
        var run = BriefPipeline.Run([TempFolder.Article(0), TempFolder.Article(2), TempFolder.Article(4)], new BriefOptions { Words = words });
        var markdown = BriefMarkdown.Render(run.Brief!, run.Problems);

        Assert.Contains("## Summary", markdown, StringComparison.Ordinal);
        Assert.Contains("\n1. ", markdown, StringComparison.Ordinal);
        var overBudget = run.Brief!.Summary.Any(s => s.OverBudget);
        Assert.Equal(overBudget, markdown.Contains("Longer than the word budget", StringComparison.Ordinal));
    }
}
