using System.Text.RegularExpressions;

namespace Chorus.Core.Text;

/// <summary>
/// Shortens a news sentence without changing what it reports: drops a wire dateline ("WASHINGTON (AP) _"), a
/// trailing attribution (", officials said Monday."), a leading connective ("However, ") and short parentheticals.
/// Used where every byte of a summary counts; a trimmed sentence no longer matches its source span exactly.
/// </summary>
public static partial class SentenceTrimmer
{
    /// <summary>What is left after trimming must still be a statement of at least this many words.</summary>
    public const int MinWordsLeft = 6;

    public static int Rules { get; set; }

    public static string Trim(string sentence)
    {
        var text = Dateline().Replace(sentence, "");
        text = Parenthetical().Replace(text, "");
        if ((Rules & 1) != 0)
        {
            text = Capitalized(LeadingWeekday().Replace(text, ""));
            text = InnerWeekday().Replace(text, "");
        }

        if ((Rules & 2) != 0)
        {
            text = DashAside().Replace(text, " ");
        }

        if ((Rules & 4) != 0)
        {
            text = Age().Replace(text, "");
        }

        if ((Rules & 16) != 0)
        {
            text = Capitalized(LeadingPhrase().Replace(text, ""));
        }

        if ((Rules & 32) != 0)
        {
            text = SaidThat().Replace(text, "$1");
        }

        if ((Rules & 8) != 0)
        {
            text = Capitalized(LeadingAttribution().Replace(text, ""));
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

    private static string Capitalized(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private const string Weekday = @"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?";

    [GeneratedRegex(@"^(?:On|Late|Early|Last)\s+" + Weekday + @",?\s+")]
    private static partial Regex LeadingWeekday();

    [GeneratedRegex(@"(?<!\b(?:until|by|since|from|before|after|through|for|of|to|and|or|between|on|late|early|last|Bloody|Super|Black|Good|Palm|Ash|Easter|Holy)\s*)\s+(?:(?:on|late|early|last)\s+)?" + Weekday + @"(?!['’]s|\w|\s+(?:and|or|through|to)\s)")]
    private static partial Regex InnerWeekday();

    [GeneratedRegex(@"\s+(?:_|--|—)\s+[^_—]{1,80}?\s+(?:_|--|—)\s+")]
    private static partial Regex DashAside();

    [GeneratedRegex(@"^(?:(?:At|In|On|During|After|Before|With|Under|For|By|From|Most|Earlier|Later|Last|This|As)\b[^,""]{0,40}|[A-Z][a-z]+ly),\s+(?=(?:the|a|an|[A-Z])\w*\s)")]
    private static partial Regex LeadingPhrase();

    [GeneratedRegex(@"\b(said|says|announced|reported|added|noted|warned)\s+that\s")]
    private static partial Regex SaidThat();

    [GeneratedRegex(@"(?<=[A-Z][a-z]+),\s\d{1,3},(?=\s)")]
    private static partial Regex Age();

    [GeneratedRegex(@"^(?:[A-Z][\w.'’-]*)(?:\s+[\w.'’-]+){0,5}?\s+(?:said|says|told reporters|reported|announced)(?:,)?\s+(?:that\s+)?(?!(?:he|she|they|it|we|I|his|her|their|its|this|there)\b)(?=[A-Za-z])")]
    private static partial Regex LeadingAttribution();

    [GeneratedRegex(@"^[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z .]+)?\s*(?:\((?:AP|Reuters|AFP|UPI|Xinhua)\)\s*)?(?:_|--|—)\s+")]
    private static partial Regex Dateline();

    [GeneratedRegex(@",\s+(?:according to [\w'’ .-]{1,40}?|(?:(?:the|a|an)\s+)?[\w'’ .-]{1,40}?\s+(?:said|says|reported|announced|added|told reporters))(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\s+(?:night|morning|afternoon|evening))?)?(\W*)$")]
    private static partial Regex TrailingAttribution();

    [GeneratedRegex(@"^(?:However|Meanwhile|Also|In addition|Still|But|And|Instead|Nevertheless),?\s+")]
    private static partial Regex LeadingConnective();

    [GeneratedRegex(@"\s\([^()]{1,60}\)")]
    private static partial Regex Parenthetical();
}
