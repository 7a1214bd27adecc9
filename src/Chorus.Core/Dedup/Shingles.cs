using Chorus.Core.Text;

namespace Chorus.Core.Dedup;

/// <summary>Hashed word n-grams of a text (lower-cased words), the unit of copy detection.</summary>
public static class Shingles
{
    /// <summary>How many values two ascending, duplicate-free shingle arrays share (one merge pass).</summary>
    public static int CountShared(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    public const int DefaultSize = 5;

    public static HashSet<ulong> Of(string text, int size = DefaultSize)
    {
        var words = Tokenizer.Words(text).Select(t => t.Text.ToLowerInvariant()).ToList();
        var shingles = new HashSet<ulong>();
        if (words.Count == 0)
        {
            return shingles;
        }

        if (words.Count < size)
        {
            shingles.Add(Hash(words, 0, words.Count));
            return shingles;
        }

        for (var i = 0; i + size <= words.Count; i++)
        {
            shingles.Add(Hash(words, i, size));
        }

        return shingles;
    }

    private static ulong Hash(List<string> words, int start, int count)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var hash = offset;
        for (var w = start; w < start + count; w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * prime;
            }

            hash = (hash ^ ' ') * prime;
        }

        return Mix.SplitMix64(hash);
    }
}

/// <summary>A 64-bit finaliser with good avalanche, used to derive independent hash functions from one hash.</summary>
internal static class Mix
{
    public static ulong SplitMix64(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
