using System.Text;
using Xunit;

namespace Chorus.Core.Tests.Facts;

/// <summary>Text that breaks naive extractors: it must give sensible facts or none, and never throw.</summary>
public class OddTextTests
{
    [Fact]
    public void ATenThousandWordSentenceIsRead()
    {
        var text = new StringBuilder("Officials said that ");
        for (var i = 0; i < 2_000; i++)
        {
            text.Append("nearly 1,000 soldiers \"and Tajik officials\" of the Ministry on Monday ");
        }

        var facts = FactArticles.Facts(FactArticles.Make(text.Append("crossed.").ToString(), new DateOnly(2021, 7, 6)));
        // The splitter cuts a run past SentenceSplitter.MaxSentenceChars at a space (issue 16: facts slow with the
        // square of a sentence's length), so a quantity that straddles a cut is lost; nearly all are read.
        Assert.InRange(facts.Quantities.Count, 1_900, 2_000);
        Assert.NotEmpty(facts.Dates);
    }

    [Theory]
    [InlineData("No numbers, no names, no quotes here at all.")]
    [InlineData("“ ” ‘ ’ \" ' `` '' « »")]
    [InlineData("1,2,3,4,5,6,7,8,9 0.0.0.0 $ % 1e9 ,,,, ---- 12-34-56-78")]
    [InlineData("ALL CAPS SHOUTING ABOUT THE MINISTRY OF EVERYTHING.")]
    [InlineData("said said said told told, he said, she said: “”")]
    public void OddTextNeverThrows(string text)
    {
        var facts = FactArticles.Facts(FactArticles.Make(text, new DateOnly(2021, 7, 6)));
        Assert.All(facts.Quantities, q => Assert.True(q.Source.Span.End <= text.Length));
    }
}
