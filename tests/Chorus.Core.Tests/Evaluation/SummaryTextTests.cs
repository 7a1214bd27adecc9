using Chorus.Core.Summarization;
using Chorus.Evaluation;
using Xunit;

namespace Chorus.Core.Tests.Evaluation;

public class SummaryTextTests
{
    [Fact]
    public void ByteLimitCutsAtTheLastWholeWord()
    {
        var text = "The dam held.\nRain fell all night";
        Assert.Equal("The dam held.\nRain fell", SummaryText.Cut(text, SummaryBudget.OfBytes(26)));
        Assert.Equal(text, SummaryText.Cut(text, SummaryBudget.OfBytes(100)));
    }

    [Fact]
    public void ByteLimitCountsUtf8Bytes()
    {
        // "é" is two bytes: "café" is five bytes, and four bytes would split its last letter.
        Assert.Equal("café", SummaryText.Cut("café au lait", SummaryBudget.OfBytes(5)));
        Assert.Equal("", SummaryText.Cut("café au lait", SummaryBudget.OfBytes(4)));
        Assert.Equal("café au", SummaryText.Cut("café au lait", SummaryBudget.OfBytes(11)));
    }

    [Fact]
    public void WordLimitKeepsTheFirstWords()
    {
        Assert.Equal("one two\nthree", SummaryText.Cut("one two\nthree four five", SummaryBudget.OfWords(3)));
    }
}
