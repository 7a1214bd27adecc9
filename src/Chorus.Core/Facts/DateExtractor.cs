using System.Text.RegularExpressions;
using Chorus.Core.Documents;
using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>
/// Dates of one sentence: absolute ones (<see cref="NewsDates"/>, "May 1", "early May", years) and relative
/// ones ("on Tuesday", "late on Monday night", "last week", "yesterday") resolved by <see cref="RelativeDates"/>
/// against the article's own date. Relative dates of an undated article stay unresolved and are left out.
/// </summary>
internal static partial class DateExtractor
{
    public static List<DatedEvent> Extract(string articleId, string text, Sentence sentence, DateOnly? reference)
    {
        var found = new List<DatedEvent>();
        var sentenceText = text.Substring(sentence.Span.Start, sentence.Span.Length);
        var sentenceSource = new SourceSpan(articleId, sentence.Span, sentence.Text);
        var taken = new List<TextSpan>();

        void Add(DateOnly from, DateOnly to, DatePrecision precision, int start, int length, DateOnly? resolvedAgainst)
        {
            var span = new TextSpan(sentence.Span.Start + start, length);
            if (taken.Any(t => t.Overlaps(span)))
            {
                return;
            }

            taken.Add(span);
            var phrase = text.Substring(span.Start, span.Length);
            found.Add(new DatedEvent(from, to, precision, SentenceReader.CollapseWhitespace(phrase), resolvedAgainst, new SourceSpan(articleId, span, phrase), sentenceSource));
        }

        foreach (var date in NewsDates.Find(sentenceText))
        {
            Add(date.Date, date.Date, DatePrecision.Day, date.Span.Start, date.Span.Length, null);
        }

        var future = RelativeDates.SoundsFuture(sentenceText);
        foreach (Match m in DatePatterns.Relative().Matches(sentenceText))
        {
            if (reference is { } r && !NamesAnEvent(sentenceText, m) && RelativeDates.TryResolve(m, r, future, out var from, out var to, out var precision))
            {
                Add(from, to, precision, m.Index, m.Length, r);
            }
        }

        foreach (Match m in DatePatterns.Year().Matches(sentenceText))
        {
            var year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (year is >= 1800 and <= 2100)
            {
                Add(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, m.Groups["year"].Index, 4, null);
            }
        }

        return found;
    }

    /// <summary>"the September 11 attacks": a day and month after "the" name an event, not a date of this story.</summary>
    private static bool NamesAnEvent(string sentence, Match m) =>
        (m.Groups["month"].Success || m.Groups["month2"].Success) && m.Index >= 4
        && sentence.AsSpan(m.Index - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Spans of a sentence's text that are dates or times, so their numbers are not read as quantities.</summary>
    public static List<TextSpan> DateAndTimeSpans(string text, TextSpan sentence)
    {
        var sentenceText = text.Substring(sentence.Start, sentence.Length);
        var spans = NewsDates.Find(sentenceText).Select(d => d.Span).ToList();
        spans.AddRange(DatePatterns.Relative().Matches(sentenceText).Select(m => new TextSpan(m.Index, m.Length)));
        spans.AddRange(DatePatterns.Phone().Matches(sentenceText).Select(m => new TextSpan(m.Index, m.Length)));
        spans.AddRange(DatePatterns.Clock().Matches(sentenceText).Select(m => new TextSpan(m.Index, m.Length)));
        return spans.Select(s => new TextSpan(s.Start + sentence.Start, s.Length)).ToList();
    }
}
