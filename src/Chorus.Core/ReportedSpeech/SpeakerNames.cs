using Chorus.Core.Lexicon;

namespace Chorus.Core.ReportedSpeech;

/// <summary>
/// The name a source mention stands for: the capitalised run that ends its head ("Senate Majority Leader Mitch
/// McConnell, R-Ky." → "Mitch McConnell", titles dropped), or for "he"/"she" the last name resolved before it.
/// Descriptions ("a campaign aide", "Afghan officials") name nobody.
/// </summary>
internal static class SpeakerNames
{
    public static string? Resolve(ReadOnlySpan<char> source, ref string? lastName)
    {
        var mention = source.Trim().ToString();
        if (mention.Equals("he", StringComparison.OrdinalIgnoreCase) || mention.Equals("she", StringComparison.OrdinalIgnoreCase))
        {
            return lastName;
        }

        var name = NameIn(mention);
        if (name is not null)
        {
            lastName = name;
        }

        return name;
    }

    private static string? NameIn(string mention)
    {
        var headEnd = mention.IndexOfAny([',', '(']);
        var head = headEnd < 0 ? mention : mention[..headEnd];
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Afghan officials", "Trump's campaign": a lower-case head names a group or a thing, not the named person.
        var end = words.Length;
        if (end == 0 || !IsNameWord(words[end - 1]))
        {
            return null;
        }

        var start = end;
        while (start > 0 && IsNameWord(words[start - 1]))
        {
            start--;
        }

        while (start < end && IsTitle(words[start]))
        {
            start++;
        }

        if (start >= end || (end - start == 1 && SpeechWords.Determiners.Contains(words[start].ToLowerInvariant())))
        {
            return null;
        }

        var name = string.Join(' ', words[start..end]);
        return name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;
    }

    private static bool IsNameWord(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsTitle(string word) =>
        SpeechLexicon.Titles.Contains(word.TrimEnd('.')) || SpeechWords.Determiners.Contains(word.ToLowerInvariant());
}
