using System.Text;

namespace Chorus.Core.Summarization;

/// <summary>
/// What the selector's objective reads of a story, measured once: clipped pair similarities, corroboration weights,
/// coverage caps, groups of similar sentences, rewards, costs and the two scales. Coverage is corroboration-weighted
/// similarity to the chosen sentences, each sentence's capped at a share of its similarity to the whole story; the
/// diversity reward is the square root of the chosen rewards summed per group.
/// </summary>
internal sealed class ObjectiveTerms
{
    private readonly SubmodularOptions options;
    private readonly double[] similarity;
    private readonly double[] weight;
    private readonly double[] cap;
    private readonly int[] group;
    private readonly double[] reward;
    private readonly double[] byteCost;
    private readonly int[] words;
    private readonly double coverageScale;
    private readonly double diversityScale;
    private readonly Func<int, int, bool>? repeats;

    /// <param name="repeats">
    /// Besides the pair similarity, which pairs may not both be chosen (the brief's meaning and claim checks); null
    /// for none.
    /// </param>
    public ObjectiveTerms(StorySentences story, double[] scores, SubmodularOptions options, double groupSimilarity, Func<int, int, bool>? repeats = null)
    {
        this.options = options;
        this.repeats = repeats;
        var n = Count = story.All.Count;
        var similarities = story.Similarities;
        similarity = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                similarity[(i * n) + j] = Math.Max(0, similarities[i, j]);
            }
        }

        weight = Enumerable.Range(0, n).Select(i => (double)story.Corroboration(i)).ToArray();
        cap = new double[n];
        for (var i = 0; i < n; i++)
        {
            var total = 0.0;
            foreach (var s in Row(i))
            {
                total += s;
            }

            cap[i] = options.CoverageSaturation * total;
        }

        reward = scores.Select(s => double.IsNegativeInfinity(s) ? 0 : Math.Max(0, s)).ToArray();
        group = Components(n, groupSimilarity, Similarity);
        byteCost = story.All.Select(s => Encoding.UTF8.GetByteCount(s.Sentence.Text) + 1.0).ToArray();
        words = story.All.Select(s => s.Words).ToArray();
        coverageScale = Math.Max(1e-12, Enumerable.Range(0, n).Sum(i => weight[i] * cap[i]));
        diversityScale = Math.Max(1e-12, Enumerable.Range(0, n).GroupBy(i => group[i]).Sum(g => Math.Sqrt(g.Sum(i => reward[i]))));
    }

    public int Count { get; }

    public double Cost(int sentence) => byteCost[sentence];

    public int Words(int sentence) => words[sentence];

    public int Group(int sentence) => group[sentence];

    public double Reward(int sentence) => reward[sentence];

    public double Similarity(int a, int b) => similarity[(a * Count) + b];

    public bool TooSimilar(int a, int b) => Similarity(a, b) >= options.MaxPairSimilarity || repeats?.Invoke(a, b) == true;

    /// <summary>Adds a sentence's similarity to each story sentence's covered amount.</summary>
    public void AddTo(double[] covered, int sentence)
    {
        var row = Row(sentence);
        for (var i = 0; i < covered.Length; i++)
        {
            covered[i] += row[i];
        }
    }

    /// <summary>Weighted, capped coverage of the story given each sentence's covered amount, plus <paramref name="extra"/>'s similarity when not -1.</summary>
    public double Coverage(double[] covered, int extra)
    {
        var coverage = 0.0;
        if (extra < 0)
        {
            for (var i = 0; i < covered.Length; i++)
            {
                coverage += weight[i] * Math.Min(covered[i], cap[i]);
            }

            return coverage;
        }

        var row = Row(extra);
        for (var i = 0; i < covered.Length; i++)
        {
            coverage += weight[i] * Math.Min(covered[i] + row[i], cap[i]);
        }

        return coverage;
    }

    /// <summary>The diversity reward of a list of sentences: groups summed in the order their first sentence comes.</summary>
    public double Diversity(ReadOnlySpan<int> sentences)
    {
        var groups = sentences.Length <= 64 ? stackalloc int[sentences.Length] : new int[sentences.Length];
        var sums = sentences.Length <= 64 ? stackalloc double[sentences.Length] : new double[sentences.Length];
        var count = 0;
        foreach (var s in sentences)
        {
            var g = groups[..count].IndexOf(group[s]);
            if (g < 0)
            {
                (groups[count], sums[count]) = (group[s], 0.0);
                g = count++;
            }

            sums[g] += reward[s];
        }

        var diversity = 0.0;
        foreach (var sum in sums[..count])
        {
            diversity += Math.Sqrt(sum);
        }

        return diversity;
    }

    public double Combine(double coverage, double diversity) =>
        ((1 - options.DiversityWeight) * coverage / coverageScale) + (options.DiversityWeight * diversity / diversityScale);

    private ReadOnlySpan<double> Row(int sentence) => similarity.AsSpan(sentence * Count, Count);

    /// <summary>Connected components of the graph joining sentences at least this similar (the groups diversity rewards).</summary>
    internal static int[] Components(int n, double threshold, Func<int, int, double> similarity)
    {
        var component = Enumerable.Repeat(-1, n).ToArray();
        var next = 0;
        for (var start = 0; start < n; start++)
        {
            if (component[start] >= 0)
            {
                continue;
            }

            var stack = new Stack<int>([start]);
            component[start] = next;
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                for (var j = 0; j < n; j++)
                {
                    if (component[j] < 0 && similarity(i, j) >= threshold)
                    {
                        component[j] = next;
                        stack.Push(j);
                    }
                }
            }

            next++;
        }

        return component;
    }
}
