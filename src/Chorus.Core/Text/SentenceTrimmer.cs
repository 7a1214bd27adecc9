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

    public static string Trim(string sentence)
    {
        var text = Dateline().Replace(sentence, "");
        text = Parenthetical().Replace(text, "");
        text = TrailingAttribution().Replace(text, "$1");
        var connective = LeadingConnective().Match(text);
        if (connective.Success && connective.Length < text.Length)
        {
            var rest = text[connective.Length..];
            text = char.ToUpperInvariant(rest[0]) + rest[1..];
        }

        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWordsLeft ? text : sentence;
    }

    [GeneratedRegex(@"^[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z .]+)?\s*(?:\((?:AP|Reuters|AFP|UPI|Xinhua)\)\s*)?(?:_|--|—)\s+")]
    private static partial Regex Dateline();

    [GeneratedRegex(@",\s+(?:according to [\w'’ .-]{1,40}?|(?:(?:the|a|an)\s+)?[\w'’ .-]{1,40}?\s+(?:said|says|reported|announced|added|told reporters))(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\s+(?:night|morning|afternoon|evening))?)?(\W*)$")]
    private static partial Regex TrailingAttribution();

    [GeneratedRegex(@"^(?:However|Meanwhile|Also|In addition|Still|But|And|Instead|Nevertheless),?\s+")]
    private static partial Regex LeadingConnective();

    [GeneratedRegex(@"\s\([^()]{1,60}\)")]
    private static partial Regex Parenthetical();
}
