namespace Chorus.Core.Corroboration;

/// <summary>
/// How much a word says within one story: its inverse document frequency over the story's sentences, ln(N / (1 + df))
/// + 1. Words every report of the story repeats ("Chechnya" in a Chechnya story) say little about which claim a
/// sentence makes; rare ones ("decapitated") say much.
/// </summary>
public sealed class WordWeights
{
    private readonly Dictionary<string, double> weights = new(StringComparer.Ordinal);
    private readonly int sentences;

    public WordWeights(IEnumerable<ClaimReading> storySentences)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in storySentences)
        {
            sentences++;
            foreach (var word in sentence.AllWords)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        // Worked out once per word (the judge asks for the same words for every pair it compares); read-only after.
        foreach (var (word, count) in frequency)
        {
            weights[word] = Weight(count);
        }
    }

    public double Of(string word) => weights.TryGetValue(word, out var weight) ? weight : Weight(0);

    private double Weight(int frequency) => Math.Max(0.1, Math.Log((sentences + 1.0) / (1 + frequency)) + 1);
}
