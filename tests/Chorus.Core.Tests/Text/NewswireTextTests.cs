using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Text;

public class NewswireTextTests
{
    [Fact]
    public void WireQuotesBecomePlainQuotesAndTheOpeningDatelineGoes()
    {
        var text = "SEOUL, South Korea (AP) _ The ministry said it would ``look into it'' soon. Officials agreed.";
        Assert.Equal("The ministry said it would \"look into it\" soon. Officials agreed.", NewswireText.Clean(text));
    }

    [Fact]
    public void QuotesStillTrackAcrossSentencesAfterCleaning()
    {
        var sentences = SentenceReader.Read("a", NewswireText.Clean("``We will stay. We will fight,'' he said. The town emptied overnight."));
        Assert.Equal(3, sentences.Count);
        Assert.True(sentences[0].IsQuoteFragment);
        Assert.True(sentences[1].IsQuoteFragment);
        Assert.False(sentences[2].IsQuoteFragment);
    }

    [Fact]
    public void AnUnclosedQuoteStopsAfterThreeUnmarkedSentences()
    {
        // Wire text without paragraph breaks: one unclosed mark must not flag the rest of the article as quoted.
        var sentences = SentenceReader.Read("a", NewswireText.Clean(
            "``We will stay, he said. Troops moved north. Roads closed at dawn. Power failed in the east. The army withdrew on Monday. Talks resume next week."));
        Assert.Equal([true, true, true, true, false, false], sentences.Select(s => s.IsQuoteFragment));
    }

    [Fact]
    public void TextWithoutWireConventionsIsUnchanged()
    {
        const string text = "Rain fell. The river rose (fast) on Monday.";
        Assert.Equal(text, NewswireText.Clean(text));
    }
}
