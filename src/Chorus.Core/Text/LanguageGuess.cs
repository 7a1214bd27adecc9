using System.Collections.Frozen;

namespace Chorus.Core.Text;

/// <summary>
/// A language read from the text itself: its ISO 639-1 code and the share of the evidence that voted for it
/// (function-word hits, or letters of the script that names it).
/// </summary>
internal sealed record GuessedLanguage(string Code, double Share, bool FromScript = false)
{
    public string Method => FromScript ? "script" : "function words";

    public string Describe() => FromScript
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Code}: {Share:0.00} of letters in its script")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Code}: {Share:0.00} of function-word hits");

    /// <summary>Where the language came from, in the form every article field's evidence takes.</summary>
    public Documents.FieldEvidence AsEvidence() => new("language", new Documents.Evidence(Method, Describe()));
}

/// <summary>
/// Guesses the language of a text from its most frequent function words, for pages that do not declare one.
/// Function words are the most frequent words of any text and differ sharply between languages, so a few hundred
/// words are enough; the guess is refused when the text is too short or no language clearly leads. A text mostly
/// written in a script that one major language owns (Hangul, kana, Cyrillic, Greek…) is named by its script.
/// </summary>
internal static class LanguageGuess
{
    /// <summary>Fewer function-word hits than this is too little evidence to name a language.</summary>
    private const int MinHits = 8;

    /// <summary>The leading language must have this many times the hits of the runner-up.</summary>
    private const double MinLeadRatio = 1.5;

    /// <summary>Only the start of a long text is read: the language does not change half-way through an article.</summary>
    private const int MaxWordsRead = 2000;

    /// <summary>
    /// Short, frequent function words per language. Words shared by several languages ("de", "la", "in", "a")
    /// are left out so that each hit is a vote for one language only.
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> FunctionWords = new Dictionary<string, string[]>
    {
        ["en"] = ["the", "and", "of", "to", "is", "was", "that", "for", "with", "on", "by", "said", "from", "have", "has", "were", "which", "this", "are", "it"],
        ["fr"] = ["le", "les", "et", "des", "est", "une", "du", "dans", "qui", "pour", "pas", "sur", "au", "avec", "sont", "ce", "aux", "été", "cette", "selon"],
        ["de"] = ["der", "die", "und", "den", "das", "ist", "nicht", "mit", "sich", "im", "auf", "für", "dem", "eine", "ein", "auch", "wird", "wurde", "sie", "nach"],
        ["es"] = ["el", "los", "las", "del", "y", "por", "es", "su", "lo", "como", "más", "pero", "sus", "fue", "según", "hay", "muy", "también", "entre", "desde"],
        ["it"] = ["il", "di", "che", "è", "della", "per", "gli", "sono", "nel", "alla", "non", "dei", "si", "delle", "anche", "ha", "più", "questo", "degli", "nella"],
        ["pt"] = ["o", "os", "do", "da", "em", "um", "uma", "com", "não", "dos", "as", "ao", "mais", "pelos", "foi", "pelo", "pela", "são", "também", "seu"],
        ["nl"] = ["het", "een", "van", "en", "niet", "dat", "op", "zijn", "voor", "met", "ook", "aan", "er", "maar", "om", "bij", "werd", "naar", "dit", "wordt"],
        ["id"] = ["yang", "dan", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "karena", "ada", "oleh", "mereka", "kita", "saya", "bisa", "sudah"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> LanguageOfWord = BuildIndex();

    public static GuessedLanguage? Guess(string text) => ScriptGuess.Guess(text, MaxWordsRead * 6) ?? FromFunctionWords(text);

    private static GuessedLanguage? FromFunctionWords(string text)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = 0;
        foreach (var word in Words(text))
        {
            if (++read > MaxWordsRead)
            {
                break;
            }

            if (LanguageOfWord.TryGetValue(word, out var language))
            {
                hits[language] = hits.GetValueOrDefault(language) + 1;
            }
        }

        var ranked = hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0 || ranked[0].Value < MinHits)
        {
            return null;
        }

        var runnerUp = ranked.Count > 1 ? ranked[1].Value : 0;
        if (ranked[0].Value < MinLeadRatio * runnerUp)
        {
            return null;
        }

        return new GuessedLanguage(ranked[0].Key, (double)ranked[0].Value / hits.Values.Sum());
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    private static FrozenDictionary<string, string> BuildIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, words) in FunctionWords)
        {
            foreach (var word in words)
            {
                index.Add(word, language); // a word shared by two languages would be a vote for neither
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
