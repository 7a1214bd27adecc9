namespace Chorus.Core.Summarization;

/// <summary>
/// The selector's objective, kept up to date as sentences are chosen: each story sentence's summed similarity to the
/// chosen ones and each group's summed reward are cached, so the value of the set with one more sentence costs one
/// pass over the story instead of one per chosen sentence. Sums are added in the order the sentences were chosen, as a
/// sum over the chosen list adds them, so every value is the same to the bit as the set's objective computed afresh.
/// </summary>
internal sealed class SubmodularObjective
{
    private readonly ObjectiveTerms terms;
    private readonly List<int> groupOrder = [];
    private readonly List<double> groupRewards = [];

    public SubmodularObjective(ObjectiveTerms terms, IEnumerable<int> chosen)
    {
        this.terms = terms;
        Covered = new double[terms.Count];
        foreach (var c in chosen)
        {
            Add(c);
        }
    }

    public List<int> Chosen { get; } = [];

    /// <summary>Each story sentence's summed similarity to the chosen sentences, in the order they were chosen.</summary>
    public double[] Covered { get; }

    /// <summary>Chosen pairs at least as similar as the pair limit (none, once the selector has chosen).</summary>
    public int TooSimilarPairs { get; private set; }

    public int Words { get; private set; }

    public double Bytes { get; private set; }

    public void Add(int sentence)
    {
        TooSimilarPairs += TooSimilarTo(sentence, -1);
        Chosen.Add(sentence);
        terms.AddTo(Covered, sentence);
        Words += terms.Words(sentence);
        Bytes += terms.Cost(sentence);
        var group = groupOrder.IndexOf(terms.Group(sentence));
        if (group < 0)
        {
            groupOrder.Add(terms.Group(sentence));
            groupRewards.Add(0.0);
            group = groupOrder.Count - 1;
        }

        groupRewards[group] += terms.Reward(sentence);
    }

    /// <summary>The objective of the chosen sentences, with <paramref name="extra"/> added after them when not -1.</summary>
    public double Value(int extra = -1) => terms.Combine(terms.Coverage(Covered, extra), Diversity(extra));

    /// <summary>Chosen sentences other than <paramref name="except"/> at least as similar to <paramref name="sentence"/> as the pair limit.</summary>
    public int TooSimilarTo(int sentence, int except)
    {
        var count = 0;
        foreach (var c in Chosen)
        {
            if (c != except && c != sentence && terms.TooSimilar(c, sentence))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// <see cref="Covered"/> without the chosen sentence at <paramref name="position"/>, summed in the same order: the
    /// base of every swap that drops it.
    /// </summary>
    public double[] CoveredWithout(int position)
    {
        var covered = new double[terms.Count];
        for (var p = 0; p < Chosen.Count; p++)
        {
            if (p != position)
            {
                terms.AddTo(covered, Chosen[p]);
            }
        }

        return covered;
    }

    private double Diversity(int extra)
    {
        var diversity = 0.0;
        var extraGroup = extra >= 0 ? terms.Group(extra) : -1;
        var joined = false;
        for (var g = 0; g < groupOrder.Count; g++)
        {
            var reward = groupRewards[g];
            if (groupOrder[g] == extraGroup)
            {
                reward += terms.Reward(extra);
                joined = true;
            }

            diversity += Math.Sqrt(reward);
        }

        return extra >= 0 && !joined ? diversity + Math.Sqrt(0.0 + terms.Reward(extra)) : diversity;
    }
}
