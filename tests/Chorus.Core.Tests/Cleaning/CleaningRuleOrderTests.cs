using Chorus.Core.Cleaning;
using Chorus.Core.Cleaning.Rules;
using Chorus.Core.Documents;
using Xunit;

namespace Chorus.Core.Tests.Cleaning;

/// <summary>The cleaner runs one ordered list of rules, and the order is the one its reasons give.</summary>
public class CleaningRuleOrderTests
{
    /// <summary>A page that needs the order: a date line above the headline, a credit under a caption, a print-edition line ending the text, teasers after it.</summary>
    private static readonly RawDocument Page = new("page.txt", string.Join('\n',
        "World",
        "May 3, 2025",
        "Council shuts the old bridge for repairs",
        "The council voted on Tuesday to close the old bridge for repairs, officials said.",
        "Engineers found cracks in two of the bridge's piers during an inspection last month.",
        "Workers put up barriers at both ends of the bridge on Wednesday morning.",
        "Photo: Valley Post",
        "The repairs will take six weeks and cost 2 million euros, the council said.",
        "Published in The Valley Post, May 3rd, 2025",
        "Garden show opens",
        "A new bakery in town",
        "Football: late goal wins derby"), ContentKind.PlainText);

    private sealed class Recording(ICleaningRule rule, List<string> log) : ICleaningRule
    {
        public string Name => rule.Name;

        public void Apply(CleaningContext context)
        {
            log.Add(rule.Name);
            rule.Apply(context);
        }
    }

    [Fact]
    public void TheRulesRunInTheListedOrderAndTheCleanerRunsThatList()
    {
        var log = new List<string>();
        var recorded = TextScrapeCleaner.Clean(Page, CorpusLineCounts.Empty, CleaningRules.InOrder.Select(r => new Recording(r, log)).ToList());

        string[] expected = ["social posts", "links and navigation", "metadata lines", "headline", "captions", "engagement", "slogan blocks", "repeated across pages", "trailing teasers"];
        Assert.Equal(expected, log);
        Assert.Equal(expected, CleaningRules.WithReasons.Select(r => r.Rule.Name));
        Assert.All(CleaningRules.WithReasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));

        var cleaned = TextScrapeCleaner.Clean(Page);
        Assert.Equal(cleaned.Text, recorded.Text);
        Assert.Equal(cleaned.Title, recorded.Title);
        Assert.Equal(cleaned.Removed, recorded.Removed);
    }

    [Fact]
    public void TheOrderDecidesTheResult()
    {
        var cleaned = TextScrapeCleaner.Clean(Page);
        Assert.Equal("Council shuts the old bridge for repairs", cleaned.Title);
        Assert.Equal(new DateOnly(2025, 5, 3), cleaned.Published!.Date);
        Assert.Equal("The Valley Post", cleaned.Outlet.Name);
        Assert.Contains(cleaned.Removed, r => r.Text == "Photo: Valley Post");
        Assert.DoesNotContain("bakery", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("six weeks", cleaned.Text, StringComparison.Ordinal);

        // Backwards, the headline is sought before the date line above it is known as metadata.
        var backwards = TextScrapeCleaner.Clean(Page, CorpusLineCounts.Empty, CleaningRules.InOrder.Reverse().ToList());
        Assert.NotEqual(cleaned.Title, backwards.Title);
    }
}
