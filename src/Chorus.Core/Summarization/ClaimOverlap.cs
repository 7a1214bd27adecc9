using System.Globalization;
using Chorus.Core.Text;

namespace Chorus.Core.Summarization;

/// <summary>
/// Whether a candidate states a claim a chosen sentence already states, in words too different for the sentence
/// cosines to see: "Kabul had plans to retake the districts", said by a named adviser, adds nothing to "Afghan
/// authorities vowed to retake all the districts". What a sentence claims is read from its lower-case content words
/// (names, titles and the speech verb say who said it, not what) and its figures.
/// </summary>
internal sealed class ClaimOverlap(StorySentences story, double containment)
{
    /// <summary>Fewer claim words than this say too little to judge ("He said so") and are left to the other checks.</summary>
    private const int MinClaimWords = 3;

    /// <summary>Words that report speech: who said a claim is not the claim.</summary>
    private static readonly HashSet<string> SpeechWords = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "added", "stated", "announced", "declared", "noted", "according", "statement",
        "claimed", "insisted", "explained", "reported", "quoted", "spokesman", "spokeswoman", "spokesperson",
    };

    private readonly Dictionary<int, (HashSet<string> Claim, HashSet<string> All, HashSet<string> Figures)> read = [];

    /// <summary>
    /// The candidate's claim words are mostly (at least <c>containment</c>) in the chosen sentence, or both state the
    /// same figure (not a year) and share a claim word besides: the same count of the same thing.
    /// </summary>
    public bool SameClaim(int chosen, int candidate)
    {
        var (claim, _, figures) = Read(candidate);
        var (chosenClaim, chosenAll, chosenFigures) = Read(chosen);
        if (figures.Overlaps(chosenFigures) && claim.Overlaps(chosenClaim))
        {
            return true;
        }

        return claim.Count >= MinClaimWords && claim.Count(chosenAll.Contains) >= containment * claim.Count;
    }

    /// <summary>
    /// All that sentence <paramref name="narrower"/> claims (at least <c>containment</c> of its claim words) is in
    /// <paramref name="wider"/>, which claims at least twice as much: the narrower one is a piece of the wider one,
    /// not another wording of it (another wording keeps its place, being chosen first).
    /// </summary>
    public bool Covers(int wider, int narrower)
    {
        var (claim, _, _) = Read(narrower);
        var (widerClaim, widerAll, _) = Read(wider);
        return claim.Count >= MinClaimWords && widerClaim.Count >= 2 * claim.Count
            && claim.Count(widerAll.Contains) >= containment * claim.Count;
    }

    private (HashSet<string> Claim, HashSet<string> All, HashSet<string> Figures) Read(int index)
    {
        if (!read.TryGetValue(index, out var terms))
        {
            terms = Terms(story.All[index].Sentence.Text);
            read[index] = terms;
        }

        return terms;
    }

    internal static (HashSet<string> Claim, HashSet<string> All, HashSet<string> Figures) Terms(string text)
    {
        var claim = new HashSet<string>(StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal);
        var figures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Words(text))
        {
            if (char.IsDigit(token.Text[0]))
            {
                if (Figure(token.Text) is { } figure)
                {
                    figures.Add(figure);
                }

                continue;
            }

            var word = Tokenizer.Lowered(token.Text);
            if (word.Length < 3 || StopWords.Contains(word))
            {
                continue;
            }

            var term = Tokenizer.TermOf(word);
            all.Add(term);
            if (char.IsLower(token.Text[0]) && !SpeechWords.Contains(word))
            {
                claim.Add(term);
            }
        }

        return (claim, all, figures);
    }

    /// <summary>A count worth comparing: at least 10, and not a year (1900–2100).</summary>
    private static string? Figure(string token)
    {
        var digits = token.Replace(",", "", StringComparison.Ordinal);
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 10)
        {
            return null;
        }

        return value is >= 1900 and <= 2100 && digits.Length == 4 ? null : value.ToString(CultureInfo.InvariantCulture);
    }
}
