namespace Chorus.Core.Lexicon;

/// <summary>
/// English calendar words: weekdays, months and parts of the day. Each is written once, as a regular-expression
/// alternation that source-generated patterns embed, and read as a list where code needs the words themselves.
/// </summary>
internal static class CalendarWords
{
    /// <summary>Weekday names, Monday first.</summary>
    public const string WeekdayAlternation = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /// <summary>Month names, January first: <see cref="Months"/>[i] is month i + 1.</summary>
    public const string MonthAlternation = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>Parts of the day that follow a weekday ("Monday night", "Sunday morning").</summary>
    public const string DayPartAlternation = "morning|afternoon|evening|night";

    public static IReadOnlyList<string> Weekdays { get; } = WeekdayAlternation.Split('|');

    public static IReadOnlyList<string> Months { get; } = MonthAlternation.Split('|');
}
