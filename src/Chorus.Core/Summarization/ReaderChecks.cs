using System.Text.RegularExpressions;
using Chorus.Core.Text;

namespace Chorus.Core.Summarization;

/// <summary>
/// What a reader of a summary refuses in a sentence lifted out of its article: a question, a teaser that reports
/// nothing ("A psychological war has also been taking shape online."), and a pronoun or a bare "the ministry" whose
/// antecedent was left behind in the article.
/// </summary>
internal static partial class ReaderChecks
{
    /// <summary>Pronouns that point back to a person or group named earlier ("their", "his" later in a sentence mostly have their noun in it).</summary>
    private static readonly HashSet<string> BackPointingPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "him", "they", "them" };

    /// <summary>Pronouns that point back only when they open the sentence ("It said…", "His party won…").</summary>
    private static readonly HashSet<string> OpeningPronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "its", "his", "her", "their" };

    /// <summary>A question, quoted or not: a summary states what happened.</summary>
    public static bool IsQuestion(string text) => text.TrimEnd('"', '\'', '”', '’', ')', ' ').EndsWith('?');

    /// <summary>
    /// A short sentence that names no one, no place and no figure: at most <paramref name="maxWords"/> words, no
    /// capitalised word after the first, no digit.
    /// </summary>
    public static bool IsTeaser(string text, int words, int maxWords) =>
        words <= maxWords && !text.Any(char.IsDigit) && !Words(text).Skip(1).Any(w => char.IsUpper(w[0]) && w != "I");

    /// <summary>
    /// The sentence leans on something said before it: it opens with "The company"-style reference, ends with "…, he
    /// said", or uses he/she/they (or opens with it) before naming anyone.
    /// </summary>
    public static bool NeedsAntecedent(string text)
    {
        if (BareReference().IsMatch(text) || PronounAttribution().IsMatch(text))
        {
            return true;
        }

        var first = true;
        foreach (var word in Words(text))
        {
            if (BackPointingPronouns.Contains(word) || (first && OpeningPronouns.Contains(word)))
            {
                return true;
            }

            if (char.IsUpper(word[0]) && !StopWords.Contains(word.ToLowerInvariant()))
            {
                return false;
            }

            first = false;
        }

        return false;
    }

    /// <summary>A capitalised word other than a stop word or "I": a name a pronoun can point back to.</summary>
    public static bool NamesSomeone(string text) =>
        Words(text).Any(w => char.IsUpper(w[0]) && w != "I" && !StopWords.Contains(w.ToLowerInvariant()));

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\p{L}[\p{L}'’.-]*")]
    private static partial Regex WordPattern();

    /// <summary>"The company said…", "The ministry's…": an organisation or person named only earlier in the article.</summary>
    [GeneratedRegex(@"^\W*(?:The|This|That)\s+(?:company|firm|ministry|department|agency|group|organi[sz]ation|party|spokes(?:man|woman|person)|official|man|woman|couple|boy|girl|victim|suspect|minister|statement|report)(?:'s|’s)?\b")]
    private static partial Regex BareReference();

    /// <summary>A sentence closed by "…, she said." or "…, the ministry said." names its speaker only earlier in the article.</summary>
    [GeneratedRegex(@"[,""”]\s*(?:he|she|they|it|we|the\s+(?:company|ministry|group|agency|official|spokes(?:man|woman|person)|statement))\s+(?:said|says|added|told|explained|noted|warned|insisted)\b[^.]{0,40}\.\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounAttribution();
}
