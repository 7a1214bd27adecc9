namespace Chorus.Evaluation;

/// <summary>
/// The Porter stemmer as NLTK's <c>PorterStemmer</c> runs it in its default NLTK_EXTENSIONS mode: the published
/// algorithm plus NLTK's irregular forms, its -ies/-ied handling of four-letter words, its y→i rule, its
/// alli/logi/fulli step-2 rules, and words of one or two letters left alone. ROUGE stems with it, so scores match
/// rouge_score's only when every stem matches NLTK's.
/// </summary>
public static class PorterStemmer
{
    /// <summary>NLTK's table of irregular forms, looked up before any rule.</summary>
    private static readonly Dictionary<string, string> IrregularForms = new(StringComparer.Ordinal)
    {
        ["sky"] = "sky",
        ["skies"] = "sky",
        ["dying"] = "die",
        ["lying"] = "lie",
        ["tying"] = "tie",
        ["news"] = "news",
        ["innings"] = "inning",
        ["inning"] = "inning",
        ["outings"] = "outing",
        ["outing"] = "outing",
        ["cannings"] = "canning",
        ["canning"] = "canning",
        ["howe"] = "howe",
        ["proceed"] = "proceed",
        ["exceed"] = "exceed",
        ["succeed"] = "succeed",
    };

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("fulli", "ful"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    ];

    /// <summary>The stem of a word, lower-cased first as NLTK does.</summary>
    public static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        if (IrregularForms.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        if (word.Length <= 2)
        {
            return w;
        }

        w = Step1A(w);
        w = Step1B(w);
        w = Step1C(w);
        w = Step2(w);
        w = Step3(w);
        w = Step4(w);
        w = Step5A(w);
        return Step5B(w);
    }

    private static bool IsConsonant(string word, int i)
    {
        var c = word[i];
        if (c is 'a' or 'e' or 'i' or 'o' or 'u')
        {
            return false;
        }

        return c != 'y' || i == 0 || !IsConsonant(word, i - 1);
    }

    /// <summary>m in [C](VC)^m[V]: the number of vowel-consonant sequences.</summary>
    private static int Measure(string stem)
    {
        var m = 0;
        for (var i = 1; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i - 1) && IsConsonant(stem, i))
            {
                m++;
            }
        }

        return m;
    }

    private static bool ContainsVowel(string stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsDoubleConsonant(string word) =>
        word.Length >= 2 && word[^1] == word[^2] && IsConsonant(word, word.Length - 1);

    private static bool EndsCvc(string word) =>
        (word.Length >= 3 && IsConsonant(word, word.Length - 3) && !IsConsonant(word, word.Length - 2)
            && IsConsonant(word, word.Length - 1) && word[^1] is not ('w' or 'x' or 'y'))
        || (word.Length == 2 && !IsConsonant(word, 0) && IsConsonant(word, 1));

    private static string Strip(string word, string suffix) => word[..^suffix.Length];

    private static string Step1A(string w)
    {
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length == 4)
        {
            return Strip(w, "ies") + "ie";
        }

        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return Strip(w, "sses") + "ss";
        }

        if (w.EndsWith("ies", StringComparison.Ordinal))
        {
            return Strip(w, "ies") + "i";
        }

        if (w.EndsWith("ss", StringComparison.Ordinal))
        {
            return w;
        }

        return w.EndsWith('s') ? w[..^1] : w;
    }

    private static string Step1B(string w)
    {
        if (w.EndsWith("ied", StringComparison.Ordinal))
        {
            return Strip(w, "ied") + (w.Length == 4 ? "ie" : "i");
        }

        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            var stem = Strip(w, "eed");
            return Measure(stem) > 0 ? stem + "ee" : w;
        }

        string? intermediate = null;
        foreach (var suffix in (string[])["ed", "ing"])
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && ContainsVowel(Strip(w, suffix)))
            {
                intermediate = Strip(w, suffix);
                break;
            }
        }

        if (intermediate is null)
        {
            return w;
        }

        foreach (var (suffix, replacement) in (ReadOnlySpan<(string, string)>)[("at", "ate"), ("bl", "ble"), ("iz", "ize")])
        {
            if (intermediate.EndsWith(suffix, StringComparison.Ordinal))
            {
                return Strip(intermediate, suffix) + replacement;
            }
        }

        if (EndsDoubleConsonant(intermediate))
        {
            return intermediate[^1] is 'l' or 's' or 'z' ? intermediate : intermediate[..^1];
        }

        return Measure(intermediate) == 1 && EndsCvc(intermediate) ? intermediate + "e" : intermediate;
    }

    private static string Step1C(string w) =>
        w.EndsWith('y') && w.Length > 2 && IsConsonant(w, w.Length - 2) ? w[..^1] + "i" : w;

    private static string Step2(string w)
    {
        if (w.EndsWith("alli", StringComparison.Ordinal) && Measure(Strip(w, "alli")) > 0)
        {
            return Step2(Strip(w, "alli") + "al");
        }

        foreach (var (suffix, replacement) in Step2Rules)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = Strip(w, suffix);
                return Measure(stem) > 0 ? stem + replacement : w;
            }
        }

        // The 'l' of logi stays with the stem, so short stems like geo- and theo- qualify.
        if (w.EndsWith("logi", StringComparison.Ordinal))
        {
            return Measure(w[..^3]) > 0 ? Strip(w, "logi") + "log" : w;
        }

        return w;
    }

    private static string Step3(string w)
    {
        foreach (var (suffix, replacement) in Step3Rules)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = Strip(w, suffix);
                return Measure(stem) > 0 ? stem + replacement : w;
            }
        }

        return w;
    }

    private static string Step4(string w)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = Strip(w, suffix);
                var ok = Measure(stem) > 1 && (suffix != "ion" || (stem.Length > 0 && stem[^1] is 's' or 't'));
                return ok ? stem : w;
            }
        }

        return w;
    }

    private static string Step5A(string w)
    {
        if (!w.EndsWith('e'))
        {
            return w;
        }

        var stem = w[..^1];
        var m = Measure(stem);
        return m > 1 || (m == 1 && !EndsCvc(stem)) ? stem : w;
    }

    private static string Step5B(string w) =>
        w.EndsWith("ll", StringComparison.Ordinal) && Measure(w[..^1]) > 1 ? w[..^1] : w;
}
