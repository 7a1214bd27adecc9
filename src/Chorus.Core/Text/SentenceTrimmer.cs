using System.Text.RegularExpressions;
using Chorus.Core.Lexicon;

namespace Chorus.Core.Text;

/// <summary>
/// Shortens a news sentence without changing what it reports: drops a wire dateline ("WASHINGTON (AP) _"), a
/// trailing attribution (", officials said Monday."), a leading connective ("However, "), short parentheticals and
/// asides between dashes ("_ once bitter rivals _"), ages after names (", 54,") and the weekday of an event ("on
/// Friday", "said Monday"), which a summary read later has no use for (the DUC 2004 val references name one weekday in
/// 100 summaries). Used where every byte of a summary counts; a trimmed sentence no longer matches its source span.
/// </summary>
public static partial class SentenceTrimmer
{
    /// <summary>What is left after trimming must still be a statement of at least this many words.</summary>
    public const int MinWordsLeft = 6;

    public static string Trim(string sentence)
    {
        var text = Dateline().Replace(sentence, "");
        text = Parenthetical().Replace(text, "");
        text = DashAside().Replace(text, " ");
        text = Age().Replace(text, "");
        if (Weekday().Count(text) == 1)
        {
            text = Capitalized(LeadingWeekday().Replace(text, ""));
            text = InnerWeekday().Replace(text, "");
        }

        text = TrailingAttribution().Replace(text, "$1");
        var connective = LeadingConnective().Match(text);
        if (connective.Success && connective.Length < text.Length)
        {
            var rest = text[connective.Length..];
            text = char.ToUpperInvariant(rest[0]) + rest[1..];
        }

        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWordsLeft ? text : sentence;
    }

    private static string Capitalized(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private const string WeekdayPattern = "(?:" + CalendarWords.WeekdayAlternation + @")(?:\s+(?:" + CalendarWords.DayPartAlternation + "))?";

    [GeneratedRegex(@"\b(?:" + CalendarWords.WeekdayAlternation + @")\b")]
    private static partial Regex Weekday();

    /// <summary>"On Friday, " opening the sentence.</summary>
    [GeneratedRegex(@"^(?:On|Late|Early|Last)\s+" + WeekdayPattern + @",?\s+")]
    private static partial Regex LeadingWeekday();

    /// <summary>
    /// " on Friday", " late Sunday night", " Monday" after a verb or object; not after a preposition that needs it
    /// ("until Monday"), in a name ("Bloody Sunday"), as a possessive ("Tuesday's vote") or in a range ("Monday and").
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:until|by|since|from|before|after|through|for|of|to|and|or|between|on|late|early|last|Bloody|Super|Black|Good|Palm|Ash|Easter|Holy)\s*)\s+(?:(?:on|late|early|last)\s+)?" + WeekdayPattern + @"(?!['’]s|\w|\s+(?:and|or|through|to)\s)")]
    private static partial Regex InnerWeekday();

    /// <summary>An aside between two dashes (wire copy writes them "_" or "--").</summary>
    [GeneratedRegex(@"\s+(?:_|--|—)\s+[^_—]{1,80}?\s+(?:_|--|—)\s+")]
    private static partial Regex DashAside();

    /// <summary>An age after a name: "Jane Doe, 54, said".</summary>
    [GeneratedRegex(@"(?<=[A-Z][a-z]+),\s\d{1,3},(?=\s)")]
    private static partial Regex Age();

    [GeneratedRegex(@"^[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z .]+)?\s*(?:\((?:" + NewsAgencies.Alternation + @")\)\s*)?(?:_|--|—)\s+")]
    private static partial Regex Dateline();

    [GeneratedRegex(@",\s+(?:according to [\w'’ .-]{1,40}?|(?:(?:the|a|an)\s+)?[\w'’ .-]{1,40}?\s+(?:said|says|reported|announced|added|told reporters))(?:\s+(?:on\s+)?(?:" + CalendarWords.WeekdayAlternation + @"|today|yesterday)(?:\s+(?:" + CalendarWords.DayPartAlternation + @"))?)?(\W*)$")]
    private static partial Regex TrailingAttribution();

    [GeneratedRegex(@"^(?:However|Meanwhile|Also|In addition|Still|But|And|Instead|Nevertheless),?\s+")]
    private static partial Regex LeadingConnective();

    [GeneratedRegex(@"\s\([^()]{1,60}\)")]
    private static partial Regex Parenthetical();
}
