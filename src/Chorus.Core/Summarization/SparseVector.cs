namespace Chorus.Core.Summarization;

/// <summary>A unit-length sparse vector over term ids, sorted by id.</summary>
public sealed class SparseVector
{
    public static readonly SparseVector Empty = new([], []);

    public SparseVector(int[] ids, double[] weights)
    {
        Ids = ids;
        Weights = weights;
    }

    public int[] Ids { get; }

    public double[] Weights { get; }

    public bool IsEmpty => Ids.Length == 0;

    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < Ids.Length && j < other.Ids.Length)
        {
            if (Ids[i] == other.Ids[j])
            {
                sum += Weights[i] * other.Weights[j];
                i++;
                j++;
            }
            else if (Ids[i] < other.Ids[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>
    /// <see cref="Dot(SparseVector)"/> with a vector laid out densely (weight by id, 0 where absent): one lookup per own term, for
    /// many vectors against one long one (a story's centroid). Absent terms add 0, so the sum is the same to the bit.
    /// </summary>
    public double Dot(double[] dense)
    {
        double sum = 0;
        for (var i = 0; i < Ids.Length; i++)
        {
            sum += Weights[i] * dense[Ids[i]];
        }

        return sum;
    }

    /// <summary>The weights laid out by id over <paramref name="length"/> ids.</summary>
    public double[] ToDense(int length)
    {
        var dense = new double[length];
        for (var i = 0; i < Ids.Length; i++)
        {
            dense[Ids[i]] = Weights[i];
        }

        return dense;
    }

    /// <summary>Builds a unit vector from weights per id (ids need not be sorted or unique).</summary>
    public static SparseVector FromWeights(IEnumerable<KeyValuePair<int, double>> weights)
    {
        var items = weights as KeyValuePair<int, double>[] ?? weights.ToArray();

        // Sorted by id, then by input position, so repeated ids are summed in the order given.
        var order = new long[items.Length];
        for (var k = 0; k < items.Length; k++)
        {
            order[k] = ((long)(uint)(items[k].Key ^ int.MinValue) << 32) | (uint)k;
        }

        Array.Sort(order);
        var ids = new List<int>(items.Length);
        var merged = new List<double>(items.Length);
        foreach (var key in order)
        {
            var (id, weight) = items[(int)(key & uint.MaxValue)];
            if (ids.Count > 0 && ids[^1] == id)
            {
                merged[^1] += weight;
            }
            else
            {
                ids.Add(id);
                merged.Add(0.0 + weight);
            }
        }

        var squares = 0.0;
        foreach (var w in merged)
        {
            squares += w * w;
        }

        var norm = Math.Sqrt(squares);
        if (norm == 0)
        {
            return Empty;
        }

        var unit = new double[merged.Count];
        for (var k = 0; k < unit.Length; k++)
        {
            unit[k] = merged[k] / norm;
        }

        return new SparseVector([.. ids], unit);
    }
}
