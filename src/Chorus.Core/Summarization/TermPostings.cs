namespace Chorus.Core.Summarization;

/// <summary>
/// For each term of a story, the sentences whose vectors hold it (in sentence order) and their weights: the dot
/// products of one sentence with all others are then summed over the terms they share only, instead of merging every
/// pair of vectors. Each pair's products are added in term order, as <see cref="SparseVector.Dot(SparseVector)"/> adds them, so
/// every similarity is the same to the bit.
/// </summary>
internal sealed class TermPostings
{
    private readonly IReadOnlyList<StorySentence> all;
    private readonly int[][] sentences;
    private readonly double[][] weights;

    public TermPostings(IReadOnlyList<StorySentence> all, int termCount)
    {
        this.all = all;
        var counts = new int[termCount];
        foreach (var sentence in all)
        {
            foreach (var id in sentence.Vector.Ids)
            {
                counts[id]++;
            }
        }

        sentences = new int[termCount][];
        weights = new double[termCount][];
        for (var t = 0; t < termCount; t++)
        {
            sentences[t] = new int[counts[t]];
            weights[t] = new double[counts[t]];
        }

        var filled = new int[termCount];
        for (var i = 0; i < all.Count; i++)
        {
            var vector = all[i].Vector;
            for (var k = 0; k < vector.Ids.Length; k++)
            {
                var id = vector.Ids[k];
                sentences[id][filled[id]] = i;
                weights[id][filled[id]] = vector.Weights[k];
                filled[id]++;
            }
        }
    }

    /// <summary>
    /// Adds the dot product of sentence <paramref name="index"/> with every sentence from <paramref name="from"/> on
    /// into <paramref name="row"/> (which must hold zeros there); each sentence first reached is added to
    /// <paramref name="touched"/> when given.
    /// </summary>
    public void AddRow(int index, int from, Span<double> row, List<int>? touched = null)
    {
        var vector = all[index].Vector;
        for (var k = 0; k < vector.Ids.Length; k++)
        {
            var weight = vector.Weights[k];
            var holders = sentences[vector.Ids[k]];
            var holderWeights = weights[vector.Ids[k]];
            var start = from <= 0 ? 0 : FirstAtOrAfter(holders, from);
            for (var p = start; p < holders.Length; p++)
            {
                var j = holders[p];
                if (touched is not null && row[j] == 0)
                {
                    touched.Add(j);
                }

                row[j] += weight * holderWeights[p];
            }
        }
    }

    private static int FirstAtOrAfter(int[] sorted, int value)
    {
        var found = Array.BinarySearch(sorted, value);
        return found >= 0 ? found : ~found;
    }
}
