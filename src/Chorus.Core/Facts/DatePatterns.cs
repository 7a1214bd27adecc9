using System.Text.RegularExpressions;
using Chorus.Core.Lexicon;

namespace Chorus.Core.Facts;

/// <summary>
/// The date and time patterns of the Facts stage. All run with <see cref="RegexOptions.NonBacktracking"/>, so a
/// pathological sentence costs linear time.
/// </summary>
internal static partial class DatePatterns
{
    /// <summary>Weekdays (with part of day and "early/late/last/next"), "May 1", "early May", "in May", "last week",
    /// "yesterday" and the like.</summary>
    [GeneratedRegex(
        "\\b(?:(?<part1>[Ee]arly|[Ll]ate)\\s+(?:on\\s+)?)?(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom)\\s+)?"
        + "(?<weekday>" + CalendarWords.WeekdayAlternation + ")(?:\\s+(?<part2>" + CalendarWords.DayPartAlternation + "))?\\b"
        + "|\\b(?<month>" + CalendarWords.MonthAlternation + ")\\s+(?<day>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\\b"
        + "|\\b(?<day2>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month2>" + CalendarWords.MonthAlternation + ")\\b"
        + "|\\b(?:(?<part3>[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+|in\\s+)(?<month3>" + CalendarWords.MonthAlternation + ")\\b"
        + "|\\b(?<rel2>[Ll]ast|[Nn]ext|[Tt]his)\\s+(?<unit>week|month|year)\\b"
        + "|\\b(?<word>[Yy]esterday|[Tt]oday|[Tt]onight)\\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    public static partial Regex Relative();

    /// <summary>A year written alone: "in 2001", "since 2019", "(2021)".</summary>
    [GeneratedRegex("(?:^|[\\s(])(?<year>(?:18|19|20)[0-9][0-9])(?:$|[\\s),.;:!?])", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    public static partial Regex Year();

    /// <summary>Phone numbers: "+44 20 7946 0958", "(020) 7946 0958", "555-0199", "0800 123 4567".</summary>
    [GeneratedRegex(
        "\\+[0-9][0-9 ().-]{6,18}[0-9]|\\([0-9]{2,5}\\)\\s?[0-9]{3,4}[ .-]?[0-9]{3,4}|\\b[0-9]{3}-[0-9]{4}\\b|\\b0[0-9]{2,4}[ .-][0-9]{3,4}[ .-][0-9]{3,4}\\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    public static partial Regex Phone();

    /// <summary>Clock times: "3am", "10:30", "3 p.m.".</summary>
    [GeneratedRegex("\\b[0-9]{1,2}(?::[0-9]{2})?\\s?(?:[AaPp]\\.?[Mm]\\b\\.?)|\\b[0-9]{1,2}:[0-9]{2}\\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    public static partial Regex Clock();
}
