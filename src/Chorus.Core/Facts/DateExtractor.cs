using System.Text.RegularExpressions;
using Chorus.Core.Documents;
using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>
/// Dates of one sentence: absolute ones (<see cref="NewsDates"/>, "May 1", "early May", years) and relative
/// ones ("on Tuesday", "late on Monday night", "last week", "yesterday") resolved by <see cref="RelativeDates"/>
/// against the article's own date. An undated article resolves them against its story's date range (the dates
/// each end gives, joined), or leaves them out when no article of the story is dated. A relative date inside a
/// quote resolves only when the quote is from the article's day: the article is dated and its sentence puts
/// nothing on another day ("'today the right thing was done,' said a resident of the district seized on Monday"
/// may have been said on Monday).
/// </summary>
internal static partial class DateExtractor
{
    public static List<DatedEvent> Extract(string articleId, string text, Sentence sentence, DateOnly? reference) =>
        Extract(articleId, text, SentenceScan.Of(text, sentence), reference is { } r ? (r, r) : null, []);

    /// <param name="scan">The sentence, its words and its date phrases, read once for every extractor.</param>
    /// <param name="reference">The article's date as a range: one day for a dated article, the story's dates for an undated one.</param>
    /// <param name="quoted">The inner spans of the article's quotes.</param>
    public static List<DatedEvent> Extract(string articleId, string text, SentenceScan scan, (DateOnly First, DateOnly Last)? reference, IReadOnlyList<TextSpan> quoted)
    {
        var found = new List<DatedEvent>();
        var sentence = scan.Sentence;
        var sentenceText = scan.Text;
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

        foreach (var date in scan.Dates)
        {
            Add(date.Date, date.Date, DatePrecision.Day, date.Span.Start, date.Span.Length, null);
        }

        if (scan.Relative.Count == 0 && !scan.HasDigit)
        {
            return found;
        }

        var future = RelativeDates.SoundsFuture(scan.Tokens);
        var relative = scan.Relative.Where(m => !NamesAnEvent(sentenceText, m)).ToList();
        bool InQuote(Match m) => quoted.Any(q => q.Contains(new TextSpan(sentence.Span.Start + m.Index, m.Length)));
        foreach (var m in relative.Where(m => !InQuote(m)))
        {
            if (reference is { } r && Resolve(m, r, future && !RelativeDates.FollowsPastVerb(sentenceText, m.Index)) is { } resolved)
            {
                Add(resolved.From, resolved.To, resolved.Precision, m.Index, m.Length, r.First);
            }
        }

        var sameDay = reference is { } day && day.First == day.Last && found.All(f => f.From <= day.First && day.First <= f.To);
        foreach (var m in relative.Where(InQuote))
        {
            if (sameDay && Resolve(m, reference!.Value, future && !RelativeDates.FollowsPastVerb(sentenceText, m.Index)) is { } resolved)
            {
                Add(resolved.From, resolved.To, resolved.Precision, m.Index, m.Length, reference.Value.First);
            }
        }

        if (!scan.HasDigit)
        {
            return found;
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

    /// <summary>A phrase resolved against each end of the reference range, joined; a day that depends on the end is a range of days.</summary>
    private static (DateOnly From, DateOnly To, DatePrecision Precision)? Resolve(Match m, (DateOnly First, DateOnly Last) reference, bool future)
    {
        if (!RelativeDates.TryResolve(m, reference.First, future, out var from, out var to, out var precision)
            || !RelativeDates.TryResolve(m, reference.Last, future, out var lastFrom, out var lastTo, out _))
        {
            return null;
        }

        var (joinedFrom, joinedTo) = (from < lastFrom ? from : lastFrom, to > lastTo ? to : lastTo);
        return (joinedFrom, joinedTo, precision == DatePrecision.Day && joinedFrom != joinedTo ? DatePrecision.Week : precision);
    }

    /// <summary>"the September 11 attacks": a day and month after "the" name an event, not a date of this story.</summary>
    private static bool NamesAnEvent(string sentence, Match m) =>
        (m.Groups["month"].Success || m.Groups["month2"].Success) && m.Index >= 4
        && sentence.AsSpan(m.Index - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Spans of a sentence's text that are dates or times, so their numbers are not read as quantities.</summary>
    public static List<TextSpan> DateAndTimeSpans(SentenceScan scan)
    {
        var spans = scan.Dates.Select(d => d.Span).ToList();
        foreach (var m in scan.Relative)
        {
            spans.Add(new TextSpan(m.Index, m.Length));
        }

        // Phone numbers and clock times are digits.
        if (scan.HasDigit)
        {
            foreach (Match m in DatePatterns.Phone().Matches(scan.Text))
            {
                spans.Add(new TextSpan(m.Index, m.Length));
            }

            foreach (Match m in DatePatterns.Clock().Matches(scan.Text))
            {
                spans.Add(new TextSpan(m.Index, m.Length));
            }
        }

        var start = scan.Sentence.Span.Start;
        for (var k = 0; k < spans.Count; k++)
        {
            spans[k] = new TextSpan(spans[k].Start + start, spans[k].Length);
        }

        return spans;
    }
}
