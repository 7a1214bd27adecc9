namespace Chorus.Core.Dedup;

/// <summary>
/// MinHash signatures: for each of <see cref="Length"/> hash functions, the least hash over a shingle set. The
/// share of equal positions in two signatures estimates the Jaccard similarity of the sets.
/// </summary>
internal sealed class MinHash
{
    private readonly ulong[] seeds;

    public MinHash(int length, ulong seed = 0x5EED_C0DE)
    {
        seeds = new ulong[length];
        var state = seed;
        for (var i = 0; i < length; i++)
        {
            state = Mix.SplitMix64(state);
            seeds[i] = state;
        }
    }

    public int Length => seeds.Length;

    public ulong[] Signature(IEnumerable<ulong> shingles)
    {
        var signature = new ulong[seeds.Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < seeds.Length; i++)
            {
                var h = Mix.SplitMix64(shingle ^ seeds[i]);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }

        return signature;
    }

    public static double EstimatedJaccard(ulong[] a, ulong[] b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }

        return (double)equal / a.Length;
    }
}
