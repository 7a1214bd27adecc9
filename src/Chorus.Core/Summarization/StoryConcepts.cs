using Chorus.Core.Text;

namespace Chorus.Core.Summarization;

/// <summary>
/// The concepts of a story in the sense of Gillick and Favre's concept-coverage summarizer: stemmed word bigrams
/// (skipping pairs of two function words), each weighted by how many independent sources use it. A concept that
/// several sources repeat is a fact they corroborate; a summary is worth the weight of the concepts it covers.
/// </summary>
internal sealed class StoryConcepts
{
    private readonly int[][] conceptsOf;
    private readonly double[] weight;

    public static int Kind { get; set; } = 1;

    public StoryConcepts(StorySentences story, int minSources)
    {
        var idOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var sourcesOf = new List<HashSet<int>>();
        var raw = new List<int[]>();
        foreach (var sentence in story.All)
        {
            var ids = new List<int>();
            var all = (Kind & 1) != 0 ? Of(sentence.Sentence.Text) : [];
            if ((Kind & 2) != 0)
            {
                all = all.Concat(sentence.Sentence.Terms);
            }

            foreach (var concept in all.Distinct(StringComparer.Ordinal))
            {
                if (!idOf.TryGetValue(concept, out var id))
                {
                    id = idOf.Count;
                    idOf[concept] = id;
                    sourcesOf.Add([]);
                }

                sourcesOf[id].Add(sentence.Source);
                ids.Add(id);
            }

            raw.Add([.. ids]);
        }

        weight = sourcesOf.Select(s => s.Count >= minSources ? (double)s.Count : 0).ToArray();
        conceptsOf = raw.Select(ids => ids.Where(id => weight[id] > 0).ToArray()).ToArray();
        Total = weight.Sum();
    }

    /// <summary>The weight of every concept of the story together.</summary>
    public double Total { get; }

    public IReadOnlyList<int> ConceptsOf(int sentence) => conceptsOf[sentence];

    public double Weight(int concept) => weight[concept];

    /// <summary>The weight of the concepts the given sentences cover, each counted once.</summary>
    public double Covered(IEnumerable<int> sentences)
    {
        var seen = new HashSet<int>();
        var sum = 0.0;
        foreach (var c in sentences.SelectMany(s => conceptsOf[s]))
        {
            if (seen.Add(c))
            {
                sum += weight[c];
            }
        }

        return sum;
    }

    /// <summary>
    /// The concepts of a sentence: adjacent word pairs, lower-cased and stemmed, unless both words are function words.
    /// </summary>
    public static IEnumerable<string> Of(string text)
    {
        string? previous = null;
        var previousIsStop = true;
        foreach (var token in Tokenizer.Words(text))
        {
            var lower = token.Text.ToLowerInvariant();
            if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal))
            {
                lower = lower[..^2];
            }

            var isStop = StopWords.Contains(lower);
            var word = TermStemmer.Stem(SpellingVariants.Americanize(lower));
            if (previous is not null && !(isStop && previousIsStop))
            {
                yield return previous + " " + word;
            }

            (previous, previousIsStop) = (word, isStop);
        }
    }
}
