namespace Chorus.Core.Text;

/// <summary>
/// Tells when two spellings name the same thing: British/American spellings, transliteration variants of
/// names (kh/k, -e-/-i- joints, doubled letters), and a place name beside its demonym (Uzbek/Uzbekistan).
/// </summary>
public static class SpellingVariants
{
    /// <summary>British spellings rewritten to one form before stemming: (ending or stem, replacement).</summary>
    private static readonly (string From, string To)[] BritishStems =
    [
        ("isation", "ization"), ("isations", "izations"), ("ising", "izing"), ("ised", "ized"),
        ("neighbour", "neighbor"), ("labour", "labor"), ("favour", "favor"), ("honour", "honor"), ("colour", "color"),
        ("humour", "humor"), ("armour", "armor"), ("rumour", "rumor"), ("behaviour", "behavior"), ("harbour", "harbor"),
        ("vapour", "vapor"), ("endeavour", "endeavor"), ("defence", "defense"), ("offence", "offense"),
        ("centre", "center"), ("metre", "meter"), ("theatre", "theater"), ("programme", "program"), ("travell", "travel"),
        ("cancell", "cancel"), ("fulfil", "fulfill"), ("enrol", "enroll"), ("mould", "mold"), ("grey", "gray"),
        ("tyre", "tire"), ("manoeuvre", "maneuver"), ("paediatric", "pediatric"), ("anaesthe", "anesthe"),
    ];

    /// <summary>Words ending in -ise that are not British -ize spellings.</summary>
    private static readonly HashSet<string> TrueIseWords = new(StringComparer.Ordinal)
    {
        "rising", "raised", "raising", "arising", "arised", "praised", "praising", "promised", "promising", "advised",
        "advising", "supervised", "supervising", "revised", "revising", "devised", "devising", "surprised",
        "surprising", "exercised", "exercising", "compromised", "compromising", "premised", "poised", "bruised",
        "cruised", "cruising", "noised", "franchised", "televised", "improvised", "comprised", "comprising",
        "despised", "disguised", "excised", "incised", "chastised", "circumcised", "apprised", "enterprising",
        "merchandising", "advertised", "advertising", "wised", "appraised", "appraising", "dispraised", "guised",
    };

    /// <summary>Endings that turn a place name into its demonym or the reverse (Uzbek/Uzbekistan, Russia/Russian).</summary>
    private static readonly string[] DemonymEndings = ["istan", "stan", "ian", "an", "n", "i", "ese", "ish"];

    /// <summary>The American spelling of a lower-cased British one; other words unchanged.</summary>
    public static string Americanize(string lowerCaseWord)
    {
        if (lowerCaseWord.Length < 5 || TrueIseWords.Contains(lowerCaseWord))
        {
            return lowerCaseWord;
        }

        foreach (var (from, to) in BritishStems)
        {
            var at = lowerCaseWord.IndexOf(from, StringComparison.Ordinal);
            if (at >= 0 && (from[0] == 'i' ? at + from.Length == lowerCaseWord.Length && at >= 3 : at == 0))
            {
                return string.Concat(lowerCaseWord.AsSpan(0, at), to, lowerCaseWord.AsSpan(at + from.Length));
            }
        }

        return lowerCaseWord;
    }

    /// <summary>A spelling key that folds transliteration variants: kh→k, gh→g, -e-/-i-/-ul- joints, doubled letters, y/i.</summary>
    public static string TransliterationKey(string lowerCaseName)
    {
        var s = lowerCaseName.Replace("-e-", "-", StringComparison.Ordinal).Replace("-i-", "-", StringComparison.Ordinal)
            .Replace("-ul-", "-", StringComparison.Ordinal).Replace("-al-", "-", StringComparison.Ordinal)
            .Replace("-", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        s = s.Replace("kh", "k", StringComparison.Ordinal).Replace("gh", "g", StringComparison.Ordinal)
            .Replace("dh", "d", StringComparison.Ordinal).Replace("sh", "s", StringComparison.Ordinal)
            .Replace("ou", "u", StringComparison.Ordinal).Replace("ee", "i", StringComparison.Ordinal)
            .Replace('y', 'i').Replace('q', 'k');
        var folded = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (folded.Length == 0 || folded[^1] != c)
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    /// <summary>
    /// Whether two lower-cased words of proper names are spellings of one name (never a name and its demonym):
    /// equal transliteration keys with vowels folded (Sadeq/Sadiq, Kharsun/Karsun, Qal-e-Nor/Qal-i-Nor),
    /// or keys one edit apart for names of five letters or more with the same first letter (Dakhmon/Dahmon).
    /// </summary>
    public static bool AreNameVariants(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        return AreNameKeysVariants(a, b, NameKey(a), NameKey(b));
    }

    /// <summary>The spelling key of a lower-cased name word: its transliteration key with e/i and o/u folded.</summary>
    public static string NameKey(string lowerCaseName) => TransliterationKey(lowerCaseName).Replace('e', 'i').Replace('o', 'u');

    /// <summary><see cref="AreNameVariants"/> on precomputed <see cref="NameKey"/>s.</summary>
    public static bool AreNameKeysVariants(string a, string b, string keyA, string keyB) =>
        a == b || (Math.Min(a.Length, b.Length) >= 4 && keyA.Length > 0 && keyB.Length > 0 && keyA[0] == keyB[0]
            && (keyA == keyB || (Math.Min(a.Length, b.Length) >= 5 && EditDistance.AtMostOne(keyA, keyB))));

    /// <summary>Whether two lower-cased words are spellings of one name or a name and its demonym.</summary>
    public static bool AreVariants(string a, string b) => AreVariants(a, b, TransliterationKey);

    /// <summary><see cref="AreVariants(string, string)"/> with the transliteration key given, for callers that compare each word many times.</summary>
    public static bool AreVariants(string a, string b, Func<string, string> transliterationKey)
    {
        if (a == b)
        {
            return true;
        }

        var shorter = a.Length <= b.Length ? a : b;
        var longer = ReferenceEquals(shorter, a) ? b : a;
        if (shorter.Length < 4)
        {
            return false;
        }

        if (longer.StartsWith(shorter, StringComparison.Ordinal) && shorter.Length >= 5
            && DemonymEndings.Contains(longer[shorter.Length..]))
        {
            return true;
        }

        if (shorter.Length >= 6 && transliterationKey(a) == transliterationKey(b))
        {
            return true;
        }

        return shorter.Length >= 7 && a[0] == b[0] && EditDistance.AtMostOne(a, b);
    }
}

/// <summary>Edit distance checks for short strings.</summary>
internal static class EditDistance
{
    /// <summary>True when one insertion, deletion, substitution or swap of neighbours turns one string into the other.</summary>
    public static bool AtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length || i == b.Length)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            {
                return true;
            }

            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : b.AsSpan(i + 1).SequenceEqual(a.AsSpan(i));
    }
}
