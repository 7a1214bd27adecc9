namespace Chorus.Core.Dedup;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: a signature is cut into bands of rows, and documents that
/// agree on all rows of any band become candidates. With b bands of r rows, sets of Jaccard similarity s collide
/// with probability 1 - (1 - s^r)^b.
/// </summary>
internal sealed class LshIndex<TKey>
    where TKey : notnull
{
    private readonly int bands;
    private readonly int rows;
    private readonly Dictionary<(int Band, ulong Hash), List<TKey>> buckets = [];

    public LshIndex(int bands, int rows)
    {
        this.bands = bands;
        this.rows = rows;
    }

    public int SignatureLength => bands * rows;

    /// <summary>Keys already indexed that share a band with <paramref name="signature"/>, each once.</summary>
    public IReadOnlyCollection<TKey> Candidates(ulong[] signature)
    {
        var found = new HashSet<TKey>();
        for (var band = 0; band < bands; band++)
        {
            if (buckets.TryGetValue((band, BandHash(signature, band)), out var keys))
            {
                found.UnionWith(keys);
            }
        }

        return found;
    }

    public void Add(TKey key, ulong[] signature)
    {
        for (var band = 0; band < bands; band++)
        {
            var slot = (band, BandHash(signature, band));
            if (!buckets.TryGetValue(slot, out var keys))
            {
                keys = [];
                buckets[slot] = keys;
            }

            keys.Add(key);
        }
    }

    private ulong BandHash(ulong[] signature, int band)
    {
        var hash = 0xCBF29CE484222325UL;
        for (var r = band * rows; r < (band + 1) * rows; r++)
        {
            hash = Mix.SplitMix64(hash ^ signature[r]);
        }

        return hash;
    }
}
