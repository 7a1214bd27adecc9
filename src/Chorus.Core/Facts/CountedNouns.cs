using Chorus.Core.Lexicon;

namespace Chorus.Core.Facts;

/// <summary>Lexicons for the noun phrase a number counts and for the event a clause reports about it.</summary>
public static class CountedNouns
{
    /// <summary>
    /// Head nouns that name the same kind of counted thing in news reports, folded to one class so "1,210 troops"
    /// and "nearly 1,200 soldiers" are compared as one claim.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Classes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["troop"] = "troops",
        ["soldier"] = "troops",
        ["serviceman"] = "troops",
        ["servicemen"] = "troops",
        ["personnel"] = "troops",
        ["people"] = "people",
        ["person"] = "people",
        ["resident"] = "people",
        ["villager"] = "people",
        ["civilian"] = "people",
        ["inhabitant"] = "people",
        ["local"] = "people",
        ["individual"] = "people",
        ["citizen"] = "people",
        ["child"] = "children",
        ["children"] = "children",
        ["kid"] = "children",
        ["reservist"] = "reservists",
        ["reserve"] = "reservists",
    };

    /// <summary>Units and containers that take an "of" complement: "240 million cubic metres of water".</summary>
    public static readonly IReadOnlySet<string> UnitNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "metre", "meter", "kilometre", "kilometer", "mile", "tonne", "ton", "litre", "liter", "gallon", "barrel", "load",
        "piece", "acre", "hectare", "square", "cubic", "kilogram", "kg", "pound", "dollar", "euro", "unit", "bag", "box",
        "truckload", "round", "crate", "thousand", "million", "billion", "hundred", "dozen", "percent", "cent",
    };

    /// <summary>
    /// Durations: a count of these says how long, not how many, and news rounds them freely ("20 years", "nearly two
    /// decades"), so they are never compared as conflicting claims.
    /// </summary>
    public static readonly IReadOnlySet<string> TimeUnits = new HashSet<string>(StringComparer.Ordinal)
    {
        "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century",
    };

    /// <summary>Words that end a counted noun phrase: auxiliaries, prepositions, conjunctions, pronouns.</summary>
    public static readonly IReadOnlySet<string> PhraseEnders = new HashSet<string>(Auxiliaries.All, StringComparer.Ordinal)
    {
        "to", "in", "into", "on", "at", "by", "for", "from", "with", "without", "as", "and", "or", "but", "that",
        "which", "who", "whom", "whose", "than", "since", "after", "before", "during", "while", "when", "where",
        "across", "over", "under", "near", "along", "through", "toward", "towards", "against", "between", "among",
        "within", "per", "each", "who", "they", "it", "he", "she", "we", "this", "these", "those", "there", "here",
        "not", "also", "still", "already", "now", "then", "of", "a", "an", "the", "its", "their", "his", "her", "our",
        "said", "says", "say", "according", "including", "like", "until", "out", "up", "off", "down", "about", "around",
        "more", "less", "most", "least", "such", "so", "if",
    };

    /// <summary>The singular of a lower-case noun, for comparing heads ("troops" → "troop", "metres" → "metre").</summary>
    public static string Singular(string lower)
    {
        if (lower.Length <= 3 || lower.EndsWith("ss", StringComparison.Ordinal) || lower is "people" or "personnel" or "police" or "series")
        {
            return lower;
        }

        if (lower.EndsWith("ies", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        if (lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal) || lower.EndsWith("xes", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        if (lower == "children")
        {
            return "child";
        }

        return lower.EndsWith('s') && !lower.EndsWith("us", StringComparison.Ordinal) ? lower[..^1] : lower;
    }

    /// <summary>Words before the head that change what is counted: "reserve troops" are reservists.</summary>
    public static readonly IReadOnlyDictionary<string, string> ModifierClasses = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["reserve"] = "reservists",
    };

    /// <summary>The class of a counted noun phrase: its head (the last word before any "of"), unless a modifier overrides it.</summary>
    public static string ClassOfPhrase(IReadOnlyList<string> words)
    {
        var of = words.ToList().IndexOf("of");
        var end = of > 0 ? of : words.Count;
        for (var k = 0; k < end - 1; k++)
        {
            if (ModifierClasses.TryGetValue(Singular(words[k].ToLowerInvariant()), out var cls))
            {
                return cls;
            }
        }

        return ClassOf(words[end - 1]);
    }

    /// <summary>The class a head noun is compared under: its synonym class, or its singular.</summary>
    public static string ClassOf(string head)
    {
        var singular = Singular(head.ToLowerInvariant());
        return Classes.TryGetValue(singular, out var cls) ? cls : singular;
    }
}
