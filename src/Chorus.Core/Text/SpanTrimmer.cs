using System.Text.RegularExpressions;
using Chorus.Core.Documents;
using Chorus.Core.Lexicon;

namespace Chorus.Core.Text;

/// <summary>
/// Shortens a sentence only at its opening, so what is left is still one contiguous piece of the source: a wire
/// dateline ("WASHINGTON (AP) -- "), a connective ("But ", "However, ") or the event's weekday ("On Friday, "). A cut is
/// made only where the rest already opens with a capital letter or a figure: a brief shows its source's words as
/// written, so a cut that would need re-capitalising ("But the army…" → "the army…") is not made. Ends are left alone:
/// a trailing "on Friday." cannot go without taking the full stop with it.
/// </summary>
internal static partial class SpanTrimmer
{
    /// <summary>What is left must still be a statement of at least this many words.</summary>
    public const int MinWordsLeft = SentenceTrimmer.MinWordsLeft;

    /// <summary>The part of <paramref name="sentence"/> to keep, relative to its start (the whole when nothing is cut).</summary>
    public static TextSpan Keep(string sentence)
    {
        var start = 0;
        while (Opening(sentence, start) is { } cut && start + cut < sentence.Length && OpensStatement(sentence[start + cut]))
        {
            start += cut;
        }

        return start > 0 && sentence[start..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWordsLeft ? new TextSpan(start, sentence.Length - start) : new TextSpan(0, sentence.Length);
    }

    /// <summary>The sentence cut to <see cref="Keep"/>'s span: its span narrowed within the article, its terms re-read.</summary>
    public static Sentence Trim(Sentence sentence)
    {
        var keep = Keep(sentence.Text);
        if (keep.Start == 0)
        {
            return sentence;
        }

        var text = sentence.Text.Substring(keep.Start, keep.Length);
        return sentence with { Span = new TextSpan(sentence.Span.Start + keep.Start, keep.Length), Text = text, Terms = Tokenizer.Terms(text) };
    }

    private static int? Opening(string sentence, int start)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[Dateline(), Connective(), LeadingWeekday()])
        {
            var match = pattern.Match(sentence, start);
            if (match.Success && match.Index == start && match.Length > 0)
            {
                return match.Length;
            }
        }

        return null;
    }

    private static bool OpensStatement(char c) => char.IsUpper(c) || char.IsDigit(c);

    private const string WeekdayPattern = "(?:" + CalendarWords.WeekdayAlternation + @")(?:\s+(?:" + CalendarWords.DayPartAlternation + "))?";

    [GeneratedRegex(@"\G[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z .]+)?\s*(?:\((?:" + NewsAgencies.Alternation + @")\)\s*)?(?:_|--|—)\s+")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\G(?:However|Meanwhile|Also|In addition|Still|But|And|Instead|Nevertheless|Yet|So),?\s+")]
    private static partial Regex Connective();

    /// <summary>"On Friday, " opening the sentence: the comma is required, so "On Sunday voters…" keeps its weekday.</summary>
    [GeneratedRegex(@"\G(?:On|Late|Early|Last)\s+" + WeekdayPattern + @",\s+")]
    private static partial Regex LeadingWeekday();
}
