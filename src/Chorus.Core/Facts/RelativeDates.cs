using System.Text.RegularExpressions;
using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>
/// Resolves relative date phrases against a reference date (the article's own date). The rules:
/// <list type="bullet">
/// <item>A weekday means the latest such day on or before the reference ("on Monday" in a Tuesday article is the
/// day before); in a sentence that talks about the future (<see cref="FutureMarkers"/>) it means the first such
/// day on or after it. "last Monday" is strictly before, "next Monday" strictly after.</item>
/// <item>"yesterday"/"today"/"tonight": the day before / the reference day.</item>
/// <item>"last week": from the Monday of the week before the reference's week to the day before the reference,
/// a range wide enough that two articles a day apart describing one event agree. "this week": the reference's
/// Monday–Sunday week; "next week": the one after.</item>
/// <item>"last/this/next month|year": that calendar month or year.</item>
/// <item>"May 1" without a year, "early/mid/late May" (days 1–10, 11–20, 21–end), "in May": the reference's year,
/// or the year before when the month lies after the reference month (news reports the past).</item>
/// </list>
/// </summary>
internal static class RelativeDates
{
    /// <summary>Words that put a sentence in the future, so a bare weekday means the coming one.</summary>
    public static readonly IReadOnlySet<string> FutureMarkers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "expect", "expects", "expected", "until", "scheduled", "due", "plans", "planned", "shall", "forecast",
    };

    public static bool SoundsFuture(string sentence) =>
        Tokenizer.Words(sentence).Any(t => FutureMarkers.Contains(t.Text));

    /// <summary><see cref="SoundsFuture(string)"/> on the sentence's words, already read.</summary>
    public static bool SoundsFuture(List<Token> words)
    {
        foreach (var word in words)
        {
            if (FutureMarkers.Contains(word.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Past forms that do not end in "-ed": the verbs news puts a day after.</summary>
    private static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "told", "met", "began", "spoke", "took", "left", "fled", "fell", "made", "held", "gave", "saw", "won", "lost",
        "sent", "found", "came", "went", "broke", "struck", "was", "were",
    };

    /// <summary>
    /// "said on Tuesday that it plans …", "announced Monday": a day right after a verb in the past tense is when
    /// that happened, whatever the rest of the sentence says about the future.
    /// </summary>
    public static bool FollowsPastVerb(string sentence, int index)
    {
        var before = sentence.AsSpan(0, index).TrimEnd();
        if (before.EndsWith(" on", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^3].TrimEnd();
        }

        var start = before.LastIndexOf(' ') + 1;
        var word = before[start..].ToString();
        return (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal)) || IrregularPast.Contains(word);
    }

    public static bool TryResolve(Match m, DateOnly reference, bool future, out DateOnly from, out DateOnly to, out DatePrecision precision)
    {
        from = to = reference;
        precision = DatePrecision.Day;
        if (m.Groups["weekday"].Success)
        {
            var day = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value);
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            var back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
            var ahead = ((int)day - (int)reference.DayOfWeek + 7) % 7;
            from = rel switch
            {
                "last" or "since" => reference.AddDays(back == 0 ? -7 : -back),
                "next" => reference.AddDays(ahead == 0 ? 7 : ahead),
                "until" or "by" => reference.AddDays(ahead),
                _ => future ? reference.AddDays(ahead) : reference.AddDays(-back),
            };
            to = from;
            return true;
        }

        if (m.Groups["word"].Success)
        {
            from = to = m.Groups["word"].Value.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? reference.AddDays(-1) : reference;
            return true;
        }

        if (m.Groups["unit"].Success)
        {
            return Period(m.Groups["rel2"].Value.ToLowerInvariant(), m.Groups["unit"].Value.ToLowerInvariant(), reference, out from, out to, out precision);
        }

        var monthText = m.Groups["month"].Success ? m.Groups["month"].Value : m.Groups["month2"].Success ? m.Groups["month2"].Value : m.Groups["month3"].Value;
        if (!NewsDates.TryMonth(monthText, out var month))
        {
            return false;
        }

        var year = month > reference.Month ? reference.Year - 1 : reference.Year;
        var dayText = m.Groups["day"].Success ? m.Groups["day"].Value : m.Groups["day2"].Value;
        if (dayText.Length > 0)
        {
            var dayOfMonth = int.Parse(dayText, System.Globalization.CultureInfo.InvariantCulture);
            if (dayOfMonth > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            from = to = new DateOnly(year, month, dayOfMonth);
            return true;
        }

        precision = DatePrecision.Month;
        var last = DateTime.DaysInMonth(year, month);
        (from, to) = m.Groups["part3"].Value.ToLowerInvariant() switch
        {
            "early" => (new DateOnly(year, month, 1), new DateOnly(year, month, 10)),
            "mid" => (new DateOnly(year, month, 11), new DateOnly(year, month, 20)),
            "late" => (new DateOnly(year, month, 21), new DateOnly(year, month, last)),
            _ => (new DateOnly(year, month, 1), new DateOnly(year, month, last)),
        };
        return true;
    }

    private static bool Period(string rel, string unit, DateOnly reference, out DateOnly from, out DateOnly to, out DatePrecision precision)
    {
        var shift = rel switch { "last" => -1, "next" => 1, _ => 0 };
        switch (unit)
        {
            case "week":
                precision = DatePrecision.Week;
                var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7));
                (from, to) = shift switch
                {
                    -1 => (monday.AddDays(-7), reference.AddDays(-1)),
                    1 => (monday.AddDays(7), monday.AddDays(13)),
                    _ => (monday, monday.AddDays(6)),
                };
                return true;
            case "month":
                precision = DatePrecision.Month;
                var first = new DateOnly(reference.Year, reference.Month, 1).AddMonths(shift);
                (from, to) = (first, first.AddMonths(1).AddDays(-1));
                return true;
            default:
                precision = DatePrecision.Year;
                (from, to) = (new DateOnly(reference.Year + shift, 1, 1), new DateOnly(reference.Year + shift, 12, 31));
                return true;
        }
    }
}
