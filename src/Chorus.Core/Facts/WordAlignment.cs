using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>Word sequences of quotes and sentences, and their longest common subsequence.</summary>
public static class WordAlignment
{
    /// <summary>Longest word sequence compared; longer quotes are compared on their first this many words.</summary>
    private const int MaxWords = 400;

    public static string[] Words(string text) =>
        Tokenizer.Words(text.Replace('’', '\'')).Select(t => t.Text.ToLowerInvariant()).Take(MaxWords).ToArray();

    /// <summary>Lengths of the longest common subsequence table, O(n·m) in time and memory for n, m ≤ <see cref="MaxWords"/>.</summary>
    public static int[,] Table(string[] a, string[] b)
    {
        var t = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                t[i, j] = a[i] == b[j] ? t[i + 1, j + 1] + 1 : Math.Max(t[i + 1, j], t[i, j + 1]);
            }
        }

        return t;
    }

    /// <summary>Share of the shorter sequence's words that appear in order in the other.</summary>
    public static double Containment(string[] a, string[] b) =>
        a.Length == 0 || b.Length == 0 ? 0 : (double)Table(a, b)[0, 0] / Math.Min(a.Length, b.Length);

    /// <summary>The words of <paramref name="variant"/> outside the common subsequence, and the words of
    /// <paramref name="canonical"/> it lacks between the first and last word they share.</summary>
    public static (List<string> Adds, List<string> Lacks) Diff(string[] canonical, string[] variant)
    {
        var t = Table(canonical, variant);
        var adds = new List<string>();
        var lacks = new List<string>();
        var pendingLacks = new List<string>();
        var matched = false;
        int i = 0, j = 0;
        while (i < canonical.Length && j < variant.Length)
        {
            if (canonical[i] == variant[j])
            {
                if (matched)
                {
                    lacks.AddRange(pendingLacks);
                }

                pendingLacks.Clear();
                matched = true;
                i++;
                j++;
            }
            else if (t[i + 1, j] >= t[i, j + 1])
            {
                pendingLacks.Add(canonical[i]);
                i++;
            }
            else
            {
                adds.Add(variant[j]);
                j++;
            }
        }

        adds.AddRange(variant.Skip(j));
        return (adds, lacks);
    }

    public static double Jaccard(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var setA = a.ToHashSet(StringComparer.Ordinal);
        var setB = b.ToHashSet(StringComparer.Ordinal);
        var shared = setA.Count(setB.Contains);
        return (double)shared / (setA.Count + setB.Count - shared);
    }
}
