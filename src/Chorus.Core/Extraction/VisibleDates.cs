using System.Globalization;
using System.Text.RegularExpressions;
using Chorus.Core.Lexicon;

namespace Chorus.Core.Extraction;

/// <summary>A calendar day written in a page's visible text, where it stands, and whether an "updated" label leads it.</summary>
internal sealed record ShownDate(DateOnly Date, int At, string Text, bool Updated);

/// <summary>
/// Reads calendar days as pages show them beside a headline: "Nov. 19, 2019", "19 November 2019", "2019-11-19",
/// "19.11.2019", "11/19/2019", "2019.11.19", "2019년 11월 19일", "2019年11月19日", "19 ноября 2019", "02 Ago 2017",
/// "Maret 30, 2015". A numeric day and month that could be either way round are read month first only on pages in
/// US English (their convention), day first everywhere else.
/// </summary>
internal static partial class VisibleDates
{
    /// <summary>Years a news page's own date can have; others are copyright lines, registrations, or numbers.</summary>
    private const int FirstYear = 1990;

    private const int LastYear = 2100;

    public static IEnumerable<ShownDate> Find(string text, bool monthFirst)
    {
        foreach (Match m in DatePattern().Matches(text))
        {
            if (Read(m, monthFirst) is { } date && date.Year is >= FirstYear and <= LastYear)
            {
                yield return new ShownDate(date, m.Index, m.Value, IsUpdated(text, m.Index));
            }
        }
    }

    /// <summary>Whether the words just before a date label it as an update ("Updated: …", "Last modified on …", "Aktualisiert").</summary>
    private static bool IsUpdated(string text, int at)
    {
        var from = Math.Max(0, at - 24);
        var before = text[from..at];
        return UpdatedPattern().IsMatch(before);
    }

    private static DateOnly? Read(Match m, bool monthFirst)
    {
        if (m.Groups["iy"].Success)
        {
            return Day(m.Groups["iy"], m.Groups["im"], m.Groups["id"]);
        }

        if (m.Groups["cy"].Success)
        {
            return Day(m.Groups["cy"], m.Groups["cm"], m.Groups["cd"]);
        }

        if (m.Groups["na"].Success)
        {
            var a = Number(m.Groups["na"]);
            var b = Number(m.Groups["nb"]);
            var year = Number(m.Groups["ny"]);
            year += year < 100 ? 2000 : 0;
            var (month, day) = a > 12 ? (b, a) : b > 12 ? (a, b) : monthFirst ? (a, b) : (b, a);
            return Make(year, month, day);
        }

        var name = m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value;
        if (!MonthNames.TryGet(name, out var named))
        {
            return null;
        }

        var d = Number(m.Groups["d1"].Success ? m.Groups["d1"] : m.Groups["d2"]);
        var y = Number(m.Groups["y1"].Success ? m.Groups["y1"] : m.Groups["y2"]);
        return Make(y, named, d);
    }

    private static DateOnly? Day(Group year, Group month, Group day) => Make(Number(year), Number(month), Number(day));

    private static int Number(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly? Make(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"(?:updated|modified|update|aktualisiert|atualizado|actualizado|aggiornato|mis à jour|обновлено|diperbarui)\W*(?:on|am|em|el|il|le)?\W*(?:\p{L}+,?\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedPattern();

    /// <summary>
    /// ISO and dotted/slashed year-first days; year-last numeric days; CJK year-month-day; day-month-year and
    /// month-day-year with a month name in any of <see cref="MonthNames"/>' languages (checked after matching).
    /// </summary>
    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:"
        + @"(?<iy>(?:19|20|21)\d\d)[-./](?<im>[01]?\d)[-./](?<id>[0-3]?\d)(?!\d)"
        + @"|(?<cy>(?:19|20|21)\d\d)\s*[년年]\s*(?<cm>[01]?\d)\s*[월月]\s*(?<cd>[0-3]?\d)\s*[일日]?"
        + @"|(?<na>[0-3]?\d)[./](?<nb>[0-3]?\d)[./](?<ny>(?:19|20|21)\d\d|\d\d)(?![\d./])"
        + @"|(?<d1>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?<m1>\p{L}{3,10})\.?,?\s+(?:de\s+)?(?<y1>(?:19|20|21)\d\d)(?!\d)"
        + @"|(?<m2>\p{L}{3,10})\.?\s+(?<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y2>(?:19|20|21)\d\d)(?!\d)"
        + @")",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
