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

    /// <summary>Builds a unit vector from weights per id (ids need not be sorted or unique).</summary>
    public static SparseVector FromWeights(IEnumerable<KeyValuePair<int, double>> weights)
    {
        var merged = new SortedDictionary<int, double>();
        foreach (var (id, weight) in weights)
        {
            merged[id] = merged.GetValueOrDefault(id) + weight;
        }

        var norm = Math.Sqrt(merged.Values.Sum(w => w * w));
        if (norm == 0)
        {
            return Empty;
        }

        return new SparseVector([.. merged.Keys], [.. merged.Values.Select(w => w / norm)]);
    }
}
