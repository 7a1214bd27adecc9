using System.Text.RegularExpressions;
using Chorus.Core.Lexicon;

namespace Chorus.Core.Text;

/// <summary>
/// Reads wire-service text as prose: the ``…'' quote marks of 1990s newswire become plain double quotes (one byte
/// each instead of two, and the same quote tracking), and an opening dateline ("SEOUL, South Korea (AP) _") is
/// dropped so it does not stick to the first sentence.
/// </summary>
public static partial class NewswireText
{
    public static string Clean(string text)
    {
        var cleaned = text.Replace("``", "\"", StringComparison.Ordinal).Replace("''", "\"", StringComparison.Ordinal);
        return OpeningDateline().Replace(cleaned, "", 1);
    }

    [GeneratedRegex(@"^\s*[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z .]+)?\s*\((?:" + NewsAgencies.Alternation + @")\)\s*(?:_|--|—)\s+")]
    private static partial Regex OpeningDateline();
}
