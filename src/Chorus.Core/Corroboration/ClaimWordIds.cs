namespace Chorus.Core.Corroboration;

/// <summary>
/// A story's claim readings with their words as numbers, for judging every sentence against many others: each
/// sentence's words (in the order <see cref="ClaimReading.AllWords"/> gives them) with their weights and name keys,
/// and its word and key sets sorted for lookup. <see cref="Coverage"/> adds the same weights in the same order as
/// <see cref="SentenceComparison"/> does, so it is the same to the bit, without a string hashed per word and pair.
/// </summary>
internal sealed class ClaimWordIds
{
    private readonly Sentence[] sentences;

    public ClaimWordIds(IReadOnlyList<ClaimReading> readings, WordWeights weights)
    {
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(Dictionary<string, int> ids, string text) => ids.TryGetValue(text, out var id) ? id : ids[text] = ids.Count;
        sentences = new Sentence[readings.Count];
        for (var i = 0; i < readings.Count; i++)
        {
            var reading = readings[i];
            var words = reading.AllWords.Select(w => Id(wordIds, w)).ToArray();
            sentences[i] = new Sentence(
                words,
                reading.AllWords.Select(weights.Of).ToArray(),
                reading.AllWords.Select(w => reading.NameKeys.TryGetValue(w, out var key) ? Id(keyIds, key) : -1).ToArray(),
                [.. words.Order()],
                [.. reading.Keys.Select(k => Id(keyIds, k)).Order()],
                reading.Assertion.Select(w => Id(wordIds, w)).ToArray());
        }
    }

    /// <summary>
    /// <see cref="SentenceComparison"/>'s coverage of claim <paramref name="claim"/> by sentence <paramref name="other"/>:
    /// 0 when they share no assertion word of the claim, else the mean of the weighted shares each has of the other's words.
    /// </summary>
    public double Coverage(int claim, int other)
    {
        var (c, o) = (sentences[claim], sentences[other]);
        return c.Assertion.Length > 0 && !c.Assertion.Any(w => Has(o.WordSet, w))
            ? 0
            : (Share(c, o) + Share(o, c)) / 2;
    }

    private static double Share(Sentence sentence, Sentence among)
    {
        double total = 0, shared = 0;
        for (var k = 0; k < sentence.Words.Length; k++)
        {
            var weight = sentence.Weights[k];
            total += weight;
            if (Has(among.WordSet, sentence.Words[k]) || (sentence.NameKeys[k] >= 0 && Has(among.KeySet, sentence.NameKeys[k])))
            {
                shared += weight;
            }
        }

        return total == 0 ? 0 : shared / total;
    }

    private static bool Has(int[] sorted, int id) => Array.BinarySearch(sorted, id) >= 0;

    /// <summary>One sentence's words, their weights and name keys (-1 for a word that is no name), its sorted word and key sets, its assertion words.</summary>
    private sealed record Sentence(int[] Words, double[] Weights, int[] NameKeys, int[] WordSet, int[] KeySet, int[] Assertion);
}
