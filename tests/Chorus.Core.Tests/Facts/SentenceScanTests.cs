using Chorus.Core.Documents;
using Chorus.Core.Facts;
using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Facts;

/// <summary>
/// The one reading of a sentence every Facts extractor shares (<see cref="SentenceScan"/>): it must give each of them
/// what reading the sentence for itself gave — the same words at the same places in the article, the same date
/// phrases — including for the sentences its cheap prechecks skip the date patterns on.
/// </summary>
public class SentenceScanTests
{
    private const string Story =
        "Ferry crews in Osterlund walked out on Thursday night. The harbour board met yesterday and again Tonight, "
        + "said its chair, Ilse Maren, 58. About 1,200 passengers were stranded by mid-March; the strike began "
        + "on March 3, 2024 at 10:30. Call 555-0199 for the timetable. Nobody expects the boats back this week. "
        + "The union's hall stays open while talks go on. Around 40 trucks queued at the gate.";

    public static TheoryData<int> SentenceNumbers() => new(Enumerable.Range(0, Sentences().Count));

    [Theory]
    [MemberData(nameof(SentenceNumbers))]
    public void ASentencesWordsAreThoseOfItsTextAtTheirPlacesInTheArticle(int number)
    {
        var sentence = Sentences()[number];
        var scan = SentenceScan.Of(Story, sentence);
        var own = Tokenizer.Words(scan.Text).ToList();

        Assert.Equal(Story.Substring(sentence.Span.Start, sentence.Span.Length), scan.Text);
        Assert.Equal(own.Select(t => t.Text), scan.Tokens.Select(t => t.Text));
        Assert.Equal(own.Select(t => t.Span.Start + sentence.Span.Start), scan.Tokens.Select(t => t.Span.Start));
        Assert.All(scan.Tokens, t => Assert.Equal(t.Text, Story.Substring(t.Span.Start, t.Span.Length)));
    }

    [Theory]
    [MemberData(nameof(SentenceNumbers))]
    public void TheDatePhrasesAreThoseThePatternsFindOnTheWholeSentence(int number)
    {
        var scan = SentenceScan.Of(Story, Sentences()[number]);

        Assert.Equal(DatePatterns.Relative().Matches(scan.Text).Select(m => (m.Index, m.Value)), scan.Relative.Select(m => (m.Index, m.Value)));
        Assert.Equal(NewsDates.Find(scan.Text).Select(d => (d.Span, d.Date)), scan.Dates.Select(d => (d.Span, d.Date)));
        Assert.Equal(scan.Text.Any(char.IsAsciiDigit), scan.HasDigit);
    }

    [Fact]
    public void TheStorysDatesAndTimesAreAllFoundThroughTheSharedReading()
    {
        var scans = Sentences().Select(s => SentenceScan.Of(Story, s)).ToList();

        var relative = scans.SelectMany(s => s.Relative.Select(m => m.Value)).ToList();
        Assert.Equal(["on Thursday night", "yesterday", "Tonight", "mid-March", "March 3", "this week"], relative);
        Assert.Equal(new DateOnly(2024, 3, 3), Assert.Single(scans.SelectMany(s => s.Dates)).Date);

        // Dates, the clock time and the phone number are kept out of the quantities; the count of passengers is not.
        var notQuantities = scans.SelectMany(DateExtractor.DateAndTimeSpans).Select(s => Story.Substring(s.Start, s.Length)).ToList();
        Assert.Contains("10:30", notQuantities);
        Assert.Contains("555-0199", notQuantities);
        Assert.DoesNotContain(notQuantities, s => s.Contains("1,200", StringComparison.Ordinal));
    }

    [Fact]
    public void ExtractingFromTheSharedReadingFindsTheStorysCountsAndDates()
    {
        var facts = FactArticles.Facts(FactArticles.Make(Story, new DateOnly(2024, 3, 15)));

        Assert.Contains(facts.Quantities, q => q.Value == 1200 && q.Head == CountedNouns.ClassOf("passengers"));
        Assert.Contains(facts.Quantities, q => q.Value == 40 && q.Counted == "trucks" && q.Modifier == "around");
        Assert.DoesNotContain(facts.Quantities, q => q.Value is 10 or 30 or 555 or 199 or 2024 or 58);
        Assert.Contains(facts.Dates, d => d.Phrase == "yesterday" && d.From == new DateOnly(2024, 3, 14));
        Assert.Contains(facts.Dates, d => d.Phrase == "on Thursday night" && d.From == new DateOnly(2024, 3, 14));
        Assert.Contains(facts.Entities, e => e.Name == "Ilse Maren" && e.Type == EntityType.Person);
    }

    private static IReadOnlyList<Sentence> Sentences() => SentenceReader.Read("a1", Story, SentenceReader.ParagraphSpans(Story));
}
