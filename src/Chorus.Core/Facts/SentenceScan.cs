using System.Buffers;
using System.Text.RegularExpressions;
using Chorus.Core.Documents;
using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>
/// One sentence as the Facts stage's extractors read it, worked out once and shared by them: its words (spans in the
/// article's text), its text, and its absolute and relative date phrases. Entities, quantities and dates each used to
/// tokenize the sentence and run the date patterns again for themselves.
/// </summary>
internal sealed class SentenceScan
{
    /// <summary>
    /// A word every match of <see cref="DatePatterns.Relative"/> contains (a weekday's or month's name, "week",
    /// "month", "year", "…day", "…onight"): a sentence with none of them is not handed to the pattern.
    /// </summary>
    private static readonly SearchValues<string> RelativeCues = SearchValues.Create(
        [.. Lexicon.CalendarWords.Months, "day", "onight", "week", "month", "year"], StringComparison.Ordinal);

    private SentenceScan(Sentence sentence, string text, List<Token> tokens, List<DateMention> dates, List<Match> relative, bool hasDigit)
    {
        Sentence = sentence;
        Text = text;
        Tokens = tokens;
        Dates = dates;
        Relative = relative;
        HasDigit = hasDigit;
    }

    public Sentence Sentence { get; }

    /// <summary>The sentence's text as it stands in the article (not collapsed); date matches index into it.</summary>
    public string Text { get; }

    /// <summary>The sentence's words, their spans in the article's text.</summary>
    public List<Token> Tokens { get; }

    /// <summary>Absolute dates (<see cref="NewsDates"/>), spans within <see cref="Text"/>.</summary>
    public List<DateMention> Dates { get; }

    /// <summary>Every match of <see cref="DatePatterns.Relative"/> in <see cref="Text"/>.</summary>
    public List<Match> Relative { get; }

    /// <summary>Whether the text has an ASCII digit, which years, phone numbers and clock times all need.</summary>
    public bool HasDigit { get; }

    public static SentenceScan Of(string articleText, Sentence sentence)
    {
        var text = articleText.Substring(sentence.Span.Start, sentence.Span.Length);
        var tokens = new List<Token>();
        foreach (var token in Tokenizer.Words(articleText, sentence.Span.Start, sentence.Span.End))
        {
            tokens.Add(token);
        }

        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var dates = hasDigit ? NewsDates.Find(text).ToList() : [];
        var relative = text.AsSpan().IndexOfAny(RelativeCues) >= 0 ? DatePatterns.Relative().Matches(text).ToList() : [];
        return new SentenceScan(sentence, text, tokens, dates, relative, hasDigit);
    }
}
