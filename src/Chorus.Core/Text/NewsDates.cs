using System.Globalization;
using System.Text.RegularExpressions;
using Chorus.Core.Documents;
using Chorus.Core.Lexicon;

namespace Chorus.Core.Text;

/// <summary>An absolute date written in a text, with the time of day when one follows it.</summary>
public sealed record DateMention(DateOnly Date, TimeOnly? Time, TextSpan Span, string Text);

/// <summary>
/// Finds absolute dates in the forms news pages write them: "July 6, 2021", "July 06 2021 03:16 PM",
/// "July 6th, 2021", "6 July 2021", "05 Nov, 2024", "2021-07-06", optionally led by a weekday.
/// </summary>
public static partial class NewsDates
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    public static IEnumerable<DateMention> Find(string text)
    {
        foreach (Match m in DatePattern().Matches(text))
        {
            if (TryRead(m, out var date, out var time))
            {
                yield return new DateMention(date, time, new TextSpan(m.Index, m.Length), m.Value);
            }
        }
    }

    /// <summary>The date a short line states, when the line is (almost) nothing but a date.</summary>
    public static DateMention? ParseLine(string line)
    {
        var trimmed = line.Trim();
        var found = Find(trimmed).FirstOrDefault();
        if (found is null)
        {
            return null;
        }

        var rest = trimmed.Remove(found.Span.Start, found.Span.Length);
        return CountLetters(rest) <= 12 ? found : null;
    }

    public static bool TryMonth(string name, out int month) =>
        Months.TryGetValue(name.TrimEnd('.').ToLowerInvariant(), out month);

    private static bool TryRead(Match m, out DateOnly date, out TimeOnly? time)
    {
        date = default;
        time = null;
        int year, month, day;
        if (m.Groups["iy"].Success)
        {
            year = int.Parse(m.Groups["iy"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(m.Groups["im"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            var monthName = m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value;
            var dayText = m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value;
            var yearText = m.Groups["y1"].Success ? m.Groups["y1"].Value : m.Groups["y2"].Value;
            if (!TryMonth(monthName, out month))
            {
                return false;
            }

            day = int.Parse(dayText, CultureInfo.InvariantCulture);
            year = int.Parse(yearText, CultureInfo.InvariantCulture);
        }

        if (year < 1800 || year > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        if (m.Groups["hh"].Success)
        {
            var hour = int.Parse(m.Groups["hh"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(m.Groups["mm"].Value, CultureInfo.InvariantCulture);
            var meridiem = m.Groups["ampm"].Value.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
            if (meridiem == "pm" && hour < 12)
            {
                hour += 12;
            }
            else if (meridiem == "am" && hour == 12)
            {
                hour = 0;
            }

            if (hour < 24 && minute < 60)
            {
                time = new TimeOnly(hour, minute);
            }
        }

        return true;
    }

    private static int CountLetters(string text) => text.Count(char.IsLetter);

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < CalendarWords.Months.Count; i++)
        {
            var name = CalendarWords.Months[i].ToLowerInvariant();
            months[name] = i + 1;
            months[name[..3]] = i + 1;
        }

        months["sept"] = 9;
        return months;
    }

    /// <summary>A month's name, or the abbreviation datelines write ("Sept" before "Sep", so the longer one is matched).</summary>
    private const string MonthName = "(?:" + CalendarWords.MonthAlternation + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

    private const string Weekday = "(?:(?:" + CalendarWords.WeekdayAlternation + "),?\\s+)?";

    private const string TimeOfDay = "(?:,?\\s+(?:at\\s+)?(?<hh>[01]?\\d|2[0-3])[:.](?<mm>[0-5]\\d)(?:\\s*(?<ampm>[AaPp]\\.?[Mm]\\.?))?)?";

    [GeneratedRegex(
        "\\b" + Weekday + "(?:"
        + "(?<m1>" + MonthName + ")\\s+(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+(?<y1>(?:18|19|20|21)\\d\\d)"
        + "|(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>" + MonthName + "),?\\s+(?<y2>(?:18|19|20|21)\\d\\d)"
        + "|(?<iy>(?:18|19|20|21)\\d\\d)-(?<im>[01]\\d)-(?<id>[0-3]\\d)(?:T\\d\\d:\\d\\d(?::\\d\\d)?(?:\\.\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?)?"
        + ")" + TimeOfDay + "\\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
