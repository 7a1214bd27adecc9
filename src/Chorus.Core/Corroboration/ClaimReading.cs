using System.Globalization;
using Chorus.Core.Documents;
using Chorus.Core.Facts;
using Chorus.Core.Lexicon;
using Chorus.Core.Text;

namespace Chorus.Core.Corroboration;

/// <summary>
/// A count a sentence states: the class of the counted noun ("people"), the event its clause reports ("injure"),
/// the words it was written with and the interval of the value. Only counts of an event are kept: a count of a
/// thing alone ("40 states", "hundreds of people") is too often a count of another set of it.
/// </summary>
public readonly record struct StatedCount(string Counted, string? Event, string Phrase, ValueInterval Interval);

/// <summary>
/// What a sentence asserts, read for comparing it with another source's sentences: the words of the assertion
/// (lower-case content words: names and speech verbs say who, not what), the names it involves, the counts it
/// states, the years it places things in and the ages it gives.
/// </summary>
public sealed record ClaimReading(
    string Text,
    IReadOnlySet<string> Assertion,
    IReadOnlySet<string> Names,
    IReadOnlyList<StatedCount> Counts,
    IReadOnlySet<int> Years,
    IReadOnlySet<int> Ages,
    IReadOnlySet<string> ResponsibilityClaimers)
{
    /// <summary>Words that report speech: who said a claim is not the claim.</summary>
    private static readonly HashSet<string> SpeechWords = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "saying", "told", "tell", "added", "stated", "announced", "declared", "noted", "according",
        "statement", "claimed", "insisted", "explained", "reported", "quoted", "spokesman", "spokeswoman", "spokesperson",
        "officials", "official", "sources", "reporters", "today", "yesterday", "tomorrow",
    };

    private static readonly HashSet<string> WeekdayNames = new(CalendarWords.Weekdays, StringComparer.Ordinal);

    /// <summary>All the words of the sentence, assertion and names, for asking whether another sentence's word is here.</summary>
    public IReadOnlySet<string> AllWords { get; } = Joined(Assertion, Names);

    /// <summary>Each name's <see cref="NameKey"/>, by its word in <see cref="Names"/>.</summary>
    public IReadOnlyDictionary<string, string> NameKeys
    {
        get;
        init
        {
            field = value;
            Keys = value.Values.ToHashSet(StringComparer.Ordinal);
        }
    } = new Dictionary<string, string>();

    /// <summary>The name keys of the sentence.</summary>
    public IReadOnlySet<string> Keys { get; private init; } = new HashSet<string>();

    /// <summary>Whether <paramref name="word"/>, a word of another sentence, is in this one: as written, or as a name spelled otherwise.</summary>
    public bool Has(string word, ClaimReading from) =>
        AllWords.Contains(word) || (from.NameKeys.TryGetValue(word, out var key) && Keys.Contains(key));

    public static ClaimReading Of(string text)
    {
        // Read once: the words serve the assertion, the names, the ages, the claimers and the counts.
        var tokens = Tokenizer.Words(text).ToList();
        var assertion = new HashSet<string>(tokens.Count, StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var nameKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        var years = new HashSet<int>();
        var ages = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (char.IsDigit(word[0]))
            {
                if (word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
                {
                    years.Add(year);
                }
                else if (AgeAt(text, tokens, i) is { } age)
                {
                    ages.Add(age);
                }

                continue;
            }

            if (WeekdayNames.Contains(word))
            {
                continue;
            }

            var lower = Tokenizer.Lowered(word);
            if (lower.Length < 3 || StopWords.Contains(lower) || SpeechWords.Contains(lower))
            {
                continue;
            }

            var term = Tokenizer.TermOf(lower);
            if (char.IsUpper(word[0]) && (i > 0 || !StopWords.Contains(lower)))
            {
                names.Add(term);
                nameKeys[term] = NameKey(lower);
            }
            else
            {
                assertion.Add(term);
            }
        }

        return new ClaimReading(text, assertion, names, CountsOf(text, tokens), years, ages, ClaimersOf(tokens)) { NameKeys = nameKeys };
    }

    /// <summary>
    /// Who claimed responsibility: the capitalised words just before "claimed responsibility" (or "claim"/"claims"
    /// and "responsibility" a few words on), as in "Islamic Jihad claimed responsibility for the bombing".
    /// </summary>
    private static HashSet<string> ClaimersOf(IReadOnlyList<Token> tokens)
    {
        var claimers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Text is not ("claimed" or "claim" or "claims" or "claiming")
                || !tokens.Skip(i + 1).Take(3).Any(t => t.Text == "responsibility"))
            {
                continue;
            }

            for (var k = i - 1; k >= Math.Max(0, i - 4) && char.IsUpper(tokens[k].Text[0]); k--)
            {
                if (!StopWords.Contains(Tokenizer.Lowered(tokens[k].Text)))
                {
                    claimers.Add(NameKey(Tokenizer.Lowered(tokens[k].Text)));
                }
            }
        }

        return claimers;
    }

    /// <summary>
    /// A name as its consonants, so that the spellings outlets transliterate differently meet ("Qal-e-Nor" and
    /// "Qal-i-Nor", "Tamerov" and "Tamirov"); names of fewer than three consonants keep their letters.
    /// </summary>
    internal static string NameKey(string lower)
    {
        var key = new string(lower.Where((c, k) => char.IsLetterOrDigit(c) && (k == 0 || !"aeiouy".Contains(c))).ToArray());
        return key.Length >= 3 ? key : Tokenizer.TermOf(lower);
    }

    /// <summary>"Tamm, 53," or "a 53-year-old": a number that is someone's age.</summary>
    private static int? AgeAt(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (tokens[i].Text.EndsWith("-year-old", StringComparison.Ordinal)
            && int.TryParse(tokens[i].Text.AsSpan(0, tokens[i].Text.Length - "-year-old".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var hyphenated))
        {
            return hyphenated;
        }

        if (!int.TryParse(tokens[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 120)
        {
            return null;
        }

        var after = tokens[i].Span.End;
        var yearOld = i + 2 < tokens.Count && tokens[i + 1].Text is "year" && tokens[i + 2].Text is "old";
        var betweenCommas = i > 0 && char.IsUpper(tokens[i - 1].Text[0])
            && text.AsSpan(tokens[i - 1].Span.End, tokens[i].Span.Start - tokens[i - 1].Span.End).Trim().SequenceEqual(",")
            && after < text.Length && text[after] == ',';
        return yearOld || betweenCommas ? value : null;
    }

    /// <summary>The assertion's words, then the names not among them, in that order (word weights are summed in it).</summary>
    private static HashSet<string> Joined(IReadOnlySet<string> assertion, IReadOnlySet<string> names)
    {
        var all = new HashSet<string>(assertion.Count + names.Count, StringComparer.Ordinal);
        foreach (var word in assertion)
        {
            all.Add(word);
        }

        foreach (var word in names)
        {
            all.Add(word);
        }

        return all;
    }

    private static List<StatedCount> CountsOf(string text, List<Token> tokens)
    {
        var sentence = new Sentence("claim", 0, new TextSpan(0, text.Length), text, []);
        return QuantityExtractor.Extract("claim", text, sentence, tokens, [])
            .Where(q => (q.Unit is null || q.Unit.Length == 0) && q.Event is not null)
            .Select(q => new StatedCount(q.Head, q.Event, q.Phrase, q.Interval))
            .ToList();
    }
}
