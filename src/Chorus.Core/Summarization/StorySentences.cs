using Chorus.Core.Documents;

namespace Chorus.Core.Summarization;

/// <summary>A sentence of a story with what the summarizer needs: its document, independent source and vector.</summary>
public sealed record StorySentence(Sentence Sentence, int Document, int Source, SparseVector Vector, double RelativePosition)
{
    public int Words { get; } = Sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}

/// <summary>Another document's sentence that says the same as a given sentence.</summary>
public readonly record struct SentenceMatch(int Sentence, double Similarity);

/// <summary>
/// All sentences of a story's documents, with every cross-document pair similar enough to count as reporting the
/// same thing. Documents that are copies of each other share one independent source.
/// </summary>
public sealed class StorySentences
{
    private readonly List<SentenceMatch>[] matches;
    private SentenceSimilarities? similarities;

    public StorySentences(IReadOnlyList<SummaryDocument> documents, double matchSimilarity)
    {
        Documents = documents;
        Sources = SourceNumbers(documents);
        Space = new StoryTermSpace(documents.SelectMany(d => d.Sentences).Select(s => s.Terms).ToList());
        var all = new List<StorySentence>();
        for (var d = 0; d < documents.Count; d++)
        {
            var sentences = documents[d].Sentences;
            for (var i = 0; i < sentences.Count; i++)
            {
                var position = sentences.Count <= 1 ? 0 : (double)i / (sentences.Count - 1);
                all.Add(new StorySentence(sentences[i], d, Sources[d], Space.Vector(sentences[i].Terms), position));
            }
        }

        All = all;
        SourceCount = Sources.Distinct().Count();
        matches = FindMatches(all, Space.TermCount, matchSimilarity);
    }

    public IReadOnlyList<SummaryDocument> Documents { get; }

    /// <summary>Independent source number of each document (copies share their original's).</summary>
    public IReadOnlyList<int> Sources { get; }

    public int SourceCount { get; }

    public StoryTermSpace Space { get; }

    public IReadOnlyList<StorySentence> All { get; }

    /// <summary>Sentences of other documents matching sentence <paramref name="index"/>, most similar first.</summary>
    public IReadOnlyList<SentenceMatch> MatchesOf(int index) => matches[index];

    /// <summary>How many independent sources report sentence <paramref name="index"/>, its own included.</summary>
    public int Corroboration(int index) =>
        matches[index].Select(m => All[m.Sentence].Source).Append(All[index].Source).Distinct().Count();

    public double Similarity(int a, int b) => All[a].Vector.Dot(All[b].Vector);

    /// <summary>
    /// Every pair's <see cref="Similarity"/>, computed on first use: for the selectors that read them all (n² doubles,
    /// so not for the briefs of very large stories, which never ask).
    /// </summary>
    internal SentenceSimilarities Similarities => similarities ??= new SentenceSimilarities(All, Space.TermCount);

    private static int[] SourceNumbers(IReadOnlyList<SummaryDocument> documents)
    {
        var indexOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            indexOfId.TryAdd(documents[d].Id, d);
        }

        var sources = new int[documents.Count];
        var next = 0;
        var sourceOfOriginal = new Dictionary<int, int>();
        for (var d = 0; d < documents.Count; d++)
        {
            var original = documents[d].CopyOf is { } of && indexOfId.TryGetValue(of, out var o) ? o : d;
            if (!sourceOfOriginal.TryGetValue(original, out var source))
            {
                source = next++;
                sourceOfOriginal[original] = source;
            }

            sources[d] = source;
        }

        return sources;
    }

    private static List<SentenceMatch>[] FindMatches(List<StorySentence> all, int termCount, double threshold)
    {
        var found = new List<SentenceMatch>[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            found[i] = [];
        }

        // Sentences come grouped by document: each is compared with the later documents' only, through the terms they
        // share (the order of a list does not matter: it is sorted below).
        var nextDocument = new int[all.Count];
        for (var i = all.Count - 1; i >= 0; i--)
        {
            nextDocument[i] = i + 1 < all.Count && all[i + 1].Document == all[i].Document ? nextDocument[i + 1] : i + 1;
        }

        var postings = new TermPostings(all, termCount);
        var row = new double[all.Count];
        var touched = new List<int>();
        for (var i = 0; i < all.Count; i++)
        {
            touched.Clear();
            postings.AddRow(i, nextDocument[i], row, touched);
            if (threshold <= 0)
            {
                // Pairs sharing no term (similarity 0) match too.
                touched.Clear();
                touched.AddRange(Enumerable.Range(nextDocument[i], all.Count - nextDocument[i]));
            }

            foreach (var j in touched)
            {
                var similarity = row[j];
                row[j] = 0;
                if (similarity >= threshold)
                {
                    found[i].Add(new SentenceMatch(j, similarity));
                    found[j].Add(new SentenceMatch(i, similarity));
                }
            }
        }

        foreach (var list in found)
        {
            list.Sort((a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : a.Sentence.CompareTo(b.Sentence));
        }

        return found;
    }
}
