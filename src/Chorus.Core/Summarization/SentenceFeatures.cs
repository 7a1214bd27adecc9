namespace Chorus.Core.Summarization;

/// <summary>
/// Cheap per-sentence evidence of importance, the inputs of the learned sentence score
/// (<see cref="LearnedImportance"/>). Each feature is a plain number of one sentence in its story.
/// </summary>
public static class SentenceFeatures
{
    /// <summary>Feature names in vector order.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "corroboration",   // share of the other independent sources with a matching sentence
        "matchSimilarity", // sum of the match similarities, over the other sources
        "centrality",      // cosine with the story centroid, over the story's highest
        "leadPosition",    // 0.5^(sentence number / 4): the wire lead
        "relativePosition", // 0 first sentence … 1 last
        "length",          // words / 10
        "termSpread",      // mean share of the story's documents that use each content term
        "bigramSpread",    // mean share of the documents that use each adjacent content-term pair
        "quote",           // 1 when the sentence carries a quotation mark
        "numbers",         // tokens with a digit
        "capitalized",     // share of words after the first that are capitalized (names)
        "dangling",        // 1 when it opens by pointing back ("He said", "But")
        "termFrequency",   // mean per-thousand share of the story's term occurrences that are each of its terms
        "sharedBigrams",   // distinct content-term pairs used by at least three documents, / 10
        "firstSentence",   // 1 for an article's first sentence
    ];

    public static int Count => Names.Count;

    /// <summary>A content-term pair used by this many documents is a concept of the story, not one writer's phrasing.</summary>
    private const int SharedBigramDocuments = 3;

    /// <summary>The feature vector of every sentence of the story (candidates or not).</summary>
    public static double[][] Compute(StorySentences story)
    {
        var centroid = SparseVector.FromWeights(story.All
            .SelectMany(s => s.Vector.Ids.Zip(s.Vector.Weights, (id, w) => new KeyValuePair<int, double>(id, w))));
        var centrality = story.All.Select(s => s.Vector.Dot(centroid)).ToArray();
        var maxCentrality = Math.Max(1e-9, centrality.DefaultIfEmpty(0).Max());
        var termDocuments = DocumentFrequency(story, s => s.Sentence.Terms);
        var bigramDocuments = DocumentFrequency(story, s => Bigrams(s.Sentence.Terms));
        var documents = Math.Max(1, story.Documents.Count);
        var termCounts = story.All.SelectMany(s => s.Sentence.Terms).GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var totalTerms = Math.Max(1, termCounts.Values.Sum());
        var others = Math.Max(1, story.SourceCount - 1);

        var features = new double[story.All.Count][];
        for (var i = 0; i < story.All.Count; i++)
        {
            var sentence = story.All[i];
            var text = sentence.Sentence.Text;
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            features[i] =
            [
                story.SourceCount <= 1 ? 0 : (story.Corroboration(i) - 1.0) / others,
                story.SourceCount <= 1 ? 0 : story.MatchesOf(i).Sum(m => m.Similarity) / others,
                centrality[i] / maxCentrality,
                Math.Pow(0.5, sentence.Sentence.Index / 4.0),
                sentence.RelativePosition,
                words.Length / 10.0,
                MeanSpread(sentence.Sentence.Terms.Distinct(), termDocuments, documents),
                MeanSpread(Bigrams(sentence.Sentence.Terms).Distinct(), bigramDocuments, documents),
                text.IndexOfAny(['"', '“', '”']) >= 0 ? 1 : 0,
                words.Count(w => w.Any(char.IsDigit)),
                words.Length <= 1 ? 0 : words.Skip(1).Count(w => char.IsUpper(w[0])) / (double)(words.Length - 1),
                SentenceScorer.OpensDangling(text) ? 1 : 0,
                sentence.Sentence.Terms.Count == 0 ? 0 : sentence.Sentence.Terms.Average(t => termCounts.GetValueOrDefault(t)) * 1000.0 / totalTerms,
                Bigrams(sentence.Sentence.Terms).Distinct(StringComparer.Ordinal).Count(g => bigramDocuments.GetValueOrDefault(g) >= SharedBigramDocuments) / 10.0,
                sentence.Sentence.Index == 0 ? 1 : 0,
            ];
            if (Environment.GetEnvironmentVariable("CHORUS_F12") is not null)
            {
                features[i][12] = features[i][13] = features[i][14] = 0;
            }
        }

        return features;
    }

    private static IEnumerable<string> Bigrams(IReadOnlyList<string> terms) =>
        Enumerable.Range(0, Math.Max(0, terms.Count - 1)).Select(k => terms[k] + " " + terms[k + 1]);

    private static Dictionary<string, int> DocumentFrequency(StorySentences story, Func<StorySentence, IEnumerable<string>> keys)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in story.All.GroupBy(s => s.Document))
        {
            foreach (var key in document.SelectMany(keys).Distinct(StringComparer.Ordinal))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }

    private static double MeanSpread(IEnumerable<string> keys, Dictionary<string, int> documentCounts, int documents)
    {
        var list = keys.ToList();
        return list.Count == 0 ? 0 : list.Average(k => documentCounts.GetValueOrDefault(k)) / documents;
    }
}
