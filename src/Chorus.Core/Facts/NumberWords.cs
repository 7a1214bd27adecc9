namespace Chorus.Core.Facts;

/// <summary>Numbers written as words, scale words, and the vague plurals news uses for rough amounts.</summary>
internal static class NumberWords
{
    /// <summary>Cardinal words. "one" is absent on purpose: alone it is far more often a pronoun ("one of them",
    /// "one side") than a count; "one million" is still read through <see cref="Scales"/>.</summary>
    public static readonly IReadOnlyDictionary<string, int> Cardinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["dozen"] = 12,
    };

    /// <summary>Words that only count when a scale follows ("one million", "a hundred").</summary>
    public static readonly IReadOnlySet<string> ScaleLeaders = new HashSet<string>(StringComparer.Ordinal) { "one", "a" };

    /// <summary>Scale words and suffixes after a number: "1.5 million", "$3bn", "20k", "two dozen".</summary>
    public static readonly IReadOnlyDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["dozen"] = 12,
        ["hundred"] = 100,
        ["thousand"] = 1e3,
        ["million"] = 1e6,
        ["billion"] = 1e9,
        ["trillion"] = 1e12,
        ["mn"] = 1e6,
        ["bn"] = 1e9,
        ["tn"] = 1e12,
        ["k"] = 1e3,
        ["m"] = 1e6,
        ["b"] = 1e9,
    };

    /// <summary>
    /// Vague amounts as intervals: "dozens" [24, 99] (two dozen up to before a hundred), "hundreds" and
    /// "several hundred" [200, 999], "thousands" [2,000, 9,999]; "tens of thousands" and "hundreds of
    /// thousands" multiply the first by the second's scale.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, ValueInterval> Vague = new Dictionary<string, ValueInterval>(StringComparer.Ordinal)
    {
        ["dozens"] = ValueInterval.Closed(24, 99),
        ["scores"] = ValueInterval.Closed(40, 99),
        ["tens"] = ValueInterval.Closed(20, 99),
        ["hundreds"] = ValueInterval.Closed(200, 999),
        ["thousands"] = ValueInterval.Closed(2_000, 9_999),
        ["millions"] = ValueInterval.Closed(2e6, 999_999_999),
        ["billions"] = ValueInterval.Closed(2e9, 999_999_999_999),
    };

    /// <summary>"several", "a few" before a scale word: two to nine of it ("several hundred" → [200, 999]).</summary>
    public static readonly IReadOnlySet<string> SeveralWords = new HashSet<string>(StringComparer.Ordinal) { "several", "few" };

    public static readonly IReadOnlyDictionary<string, string> Currencies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "$",
        ["£"] = "£",
        ["€"] = "€",
        ["¥"] = "¥",
    };

    public static bool TryCardinal(string lower, out int value)
    {
        if (Cardinals.TryGetValue(lower, out value))
        {
            return true;
        }

        var dash = lower.IndexOfAny(['-', '‐']);
        if (dash > 0 && Cardinals.TryGetValue(lower[..dash], out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0
            && (lower[(dash + 1)..] == "one" ? 1 : Cardinals.GetValueOrDefault(lower[(dash + 1)..])) is var units && units is >= 1 and < 10)
        {
            value = tens + units;
            return true;
        }

        return false;
    }
}
