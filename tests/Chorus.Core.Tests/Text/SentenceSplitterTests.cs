using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

    [Fact]
    public void SplitsOnFullStopsAndKeepsClosingQuotes()
    {
        var result = Sentences("“We have plans,” he said. “They left.” Others stayed.");
        Assert.Equal(["“We have plans,” he said.", "“They left.”", "Others stayed."], result);
    }

    [Fact]
    public void TitlesInitialsAndDecimalsDoNotEndSentences()
    {
        var result = Sentences("Gen. J. R. Smith said Mr. Lee paid 2.5 million. It was late.");
        Assert.Equal(["Gen. J. R. Smith said Mr. Lee paid 2.5 million.", "It was late."], result);
    }

    [Fact]
    public void DottedAbbreviationEndsSentenceOnlyBeforeAnOpeningWord()
    {
        Assert.Equal(2, Sentences("Troops left the U.S. The base closed.").Count);
        Assert.Single(Sentences("Troops left the U.S. Embassy in Kabul."));
    }

    [Fact]
    public void TitleBeforeAFunctionWordEndsTheSentence()
    {
        Assert.Equal(["The bill passed the Senate on a vote led by the new St.", "The House waits."], Sentences("The bill passed the Senate on a vote led by the new St. The House waits."));
        Assert.Single(Sentences("The court ruled in Smith vs. The Daily Courier last week."));
    }

    [Fact]
    public void NameEndingLikeATitleEndsTheSentenceWhenTheTextUsesItUndotted()
    {
        const string text = "Premier Hun Sen rejected the talks. The king met Hun Sen. Hun Sen left for Beijing.";
        Assert.Equal(["Premier Hun Sen rejected the talks.", "The king met Hun Sen.", "Hun Sen left for Beijing."], Sentences(text));

        // Without that evidence "Sen." is the senator's title.
        Assert.Single(Sentences("The bill was backed by Republican Sen. John Warner of Virginia."));
    }

    [Fact]
    public void HardWrappedLinesAndBacktickQuotesStayInOneSentence()
    {
        var text = "Hun Sen said ``no-one should \ninternationalize it.'' He left. \nThey talked.";
        Assert.Equal(3, Sentences(text).Count);
        Assert.StartsWith("Hun Sen said ``no-one should \ninternationalize it.''", Sentences(text)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void EllipsisInsideParenthesisDoesNotSplit()
    {
        var result = Sentences("We had glitches as a result of the retrograde... (that put) pressure on them, he said.");
        Assert.Single(result);
    }

    [Fact]
    public void BlankLineEndsASentenceWithoutPunctuation()
    {
        Assert.Equal(["Consulates closed", "The consulates closed."], Sentences("Consulates closed\n\nThe consulates closed."));
    }

    [Fact]
    public void SpansPointIntoTheOriginalText()
    {
        const string text = "  One here.  Two there!  ";
        var spans = SentenceSplitter.Split(text);
        Assert.Equal("One here.", text.Substring(spans[0].Start, spans[0].Length));
        Assert.Equal("Two there!", text.Substring(spans[1].Start, spans[1].Length));
    }
}
