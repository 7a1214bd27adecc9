namespace Chorus.Core.Summarization;

/// <summary>The similarity (TF-IDF cosine) of every pair of a story's sentences, computed once for the selectors that read them all.</summary>
internal sealed class SentenceSimilarities
{
    private readonly double[] values;

    public SentenceSimilarities(IReadOnlyList<StorySentence> all, int termCount)
    {
        Count = all.Count;
        values = new double[Count * Count];
        var postings = new TermPostings(all, termCount);
        for (var i = 0; i < Count; i++)
        {
            postings.AddRow(i, 0, values.AsSpan(i * Count, Count));
        }
    }

    public int Count { get; }

    public double this[int a, int b] => values[(a * Count) + b];

    /// <summary>The similarities of sentence <paramref name="index"/> to every sentence, in sentence order.</summary>
    public ReadOnlySpan<double> Row(int index) => values.AsSpan(index * Count, Count);
}
