using Chorus.Core.Text;

namespace Chorus.Core.Summarization;

/// <summary>
/// The terms of one story's sentences: spelling variants folded to one id (Gharm/Garm, Uzbek/Uzbekistan),
/// inverse document frequencies over the story's sentences, and TF-IDF unit vectors.
/// </summary>
public sealed class StoryTermSpace
{
    private readonly Dictionary<string, int> idOfTerm;
    private readonly double[] idf;

    public StoryTermSpace(IReadOnlyList<IReadOnlyList<string>> sentenceTerms)
    {
        idOfTerm = FoldVariants(sentenceTerms.SelectMany(t => t).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
        var termCount = idOfTerm.Count == 0 ? 0 : idOfTerm.Values.Max() + 1;
        var documentFrequency = new int[termCount];
        foreach (var terms in sentenceTerms)
        {
            foreach (var id in terms.Select(t => idOfTerm[t]).Distinct())
            {
                documentFrequency[id]++;
            }
        }

        var n = Math.Max(1, sentenceTerms.Count);
        idf = documentFrequency.Select(df => Math.Log((n + 1.0) / (df + 1.0)) + 1.0).ToArray();
    }

    public int TermCount => idf.Length;

    public double Idf(int termId) => idf[termId];

    public int? IdOf(string term) => idOfTerm.TryGetValue(term, out var id) ? id : null;

    /// <summary>The TF-IDF unit vector of a bag of terms (terms unknown to the story are ignored).</summary>
    public SparseVector Vector(IEnumerable<string> terms) =>
        SparseVector.FromWeights(terms
            .Select(IdOf)
            .OfType<int>()
            .Select(id => new KeyValuePair<int, double>(id, idf[id])));

    private static Dictionary<string, int> FoldVariants(List<string> vocabulary)
    {
        var parent = Enumerable.Range(0, vocabulary.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        string Key(string word) => keys.TryGetValue(word, out var key) ? key : keys[word] = SpellingVariants.TransliterationKey(word);

        // Variants share their first three letters; comparing within those buckets keeps this near-linear.
        foreach (var bucket in Enumerable.Range(0, vocabulary.Count).Where(i => vocabulary[i].Length >= 4 && char.IsLetter(vocabulary[i][0]))
                     .GroupBy(i => vocabulary[i][..3], StringComparer.Ordinal))
        {
            var members = bucket.ToList();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    if (SpellingVariants.AreVariants(vocabulary[members[x]], vocabulary[members[y]], Key))
                    {
                        parent[Root(members[y])] = Root(members[x]);
                    }
                }
            }
        }

        var ids = new Dictionary<int, int>();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            var root = Root(i);
            if (!ids.TryGetValue(root, out var id))
            {
                id = ids.Count;
                ids[root] = id;
            }

            result[vocabulary[i]] = id;
        }

        return result;
    }
}
