using System.Text;
using Chorus.Core.Summarization;

namespace Chorus.Bench;

/// <summary>
/// The submodular selector as it was before its objective was made incremental (Chorus.Core's
/// <see cref="SubmodularSelector"/>), kept only as the baseline of bench <c>summarize-speed</c>: every candidate set is
/// valued afresh, one pass over the story per chosen sentence. Same objective, same search, same choices.
/// </summary>
internal sealed class PlainSubmodularSelector
{
    private readonly StorySentences story;
    private readonly SubmodularOptions options;
    private readonly double[,] similarity;
    private readonly double[] weight;
    private readonly double[] cap;
    private readonly int[] group;
    private readonly double[] reward;
    private readonly double[] byteCost;
    private readonly double coverageScale;
    private readonly double diversityScale;

    public PlainSubmodularSelector(StorySentences story, double[] scores, SubmodularOptions options, double groupSimilarity)
    {
        this.story = story;
        this.options = options;
        var n = story.All.Count;
        similarity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i; j < n; j++)
            {
                similarity[i, j] = similarity[j, i] = Math.Max(0, story.Similarity(i, j));
            }
        }

        weight = Enumerable.Range(0, n).Select(i => (double)story.Corroboration(i)).ToArray();
        cap = Enumerable.Range(0, n).Select(i => options.CoverageSaturation * Enumerable.Range(0, n).Sum(j => similarity[i, j])).ToArray();
        reward = scores.Select(s => double.IsNegativeInfinity(s) ? 0 : Math.Max(0, s)).ToArray();
        group = ObjectiveTerms.Components(n, groupSimilarity, (a, b) => similarity[a, b]);
        byteCost = story.All.Select(s => Encoding.UTF8.GetByteCount(s.Sentence.Text) + 1.0).ToArray();
        coverageScale = Math.Max(1e-12, Enumerable.Range(0, n).Sum(i => weight[i] * cap[i]));
        diversityScale = Math.Max(1e-12, Enumerable.Range(0, n).GroupBy(i => group[i]).Sum(g => Math.Sqrt(g.Sum(i => reward[i]))));
    }

    /// <summary>The objective of a set of sentences (monotone, submodular).</summary>
    public double Objective(IReadOnlyCollection<int> chosen)
    {
        var coverage = 0.0;
        for (var i = 0; i < story.All.Count; i++)
        {
            coverage += weight[i] * Math.Min(chosen.Sum(j => similarity[i, j]), cap[i]);
        }

        var diversity = chosen.GroupBy(j => group[j]).Sum(g => Math.Sqrt(g.Sum(j => reward[j])));
        return ((1 - options.DiversityWeight) * coverage / coverageScale) + (options.DiversityWeight * diversity / diversityScale);
    }

    /// <summary>Chosen sentences; under a cut-last budget the overflowing sentence is returned separately.</summary>
    public (List<int> Chosen, int Overflow) Select(IReadOnlyList<int> candidates, SummaryBudget budget)
    {
        var chosen = new List<int>();
        var remaining = candidates.ToList();
        while (true)
        {
            var current = Objective(chosen);
            var best = -1;
            var bestRatio = 0.0;
            foreach (var c in remaining.Where(c => Fits(chosen, c, budget)))
            {
                var gain = Objective([.. chosen, c]) - current;
                var ratio = gain / Math.Pow(Cost(c), options.CostExponent);
                if (ratio > bestRatio + 1e-12)
                {
                    (best, bestRatio) = (c, ratio);
                }
            }

            if (best < 0)
            {
                break;
            }

            chosen.Add(best);
            remaining.Remove(best);
        }

        // The best single sentence that fits guards the cost-scaled greedy's worst case.
        var single = candidates.Where(c => Fits([], c, budget)).OrderByDescending(c => Objective([c])).ThenBy(c => c).FirstOrDefault(-1);
        if (single >= 0 && Objective([single]) > Objective(chosen))
        {
            chosen = [single];
        }

        chosen = LocalSearch(chosen, candidates, budget);
        var overflow = -1;
        if (budget.CutLast)
        {
            var current = Objective(chosen);
            overflow = candidates.Where(c => !chosen.Contains(c))
                .OrderByDescending(c => (Objective([.. chosen, c]) - current) * Math.Min(1, Room(chosen, budget) / Cost(c)))
                .ThenBy(c => c)
                .FirstOrDefault(-1);
        }

        return (chosen, overflow);
    }

    private List<int> LocalSearch(List<int> chosen, IReadOnlyList<int> candidates, SummaryBudget budget)
    {
        for (var pass = 0; pass < options.LocalSearchPasses; pass++)
        {
            var current = Objective(chosen);
            List<int>? better = null;
            foreach (var c in candidates.Where(c => !chosen.Contains(c)))
            {
                List<List<int>> moves = [[.. chosen, c], .. chosen.Select(s => chosen.Where(x => x != s).Append(c).ToList())];
                foreach (var move in moves.Where(m => FitsAll(m, budget)))
                {
                    var value = Objective(move);
                    if (value > current + 1e-9)
                    {
                        (better, current) = (move, value);
                    }
                }
            }

            if (better is null)
            {
                break;
            }

            chosen = better;
        }

        return chosen;
    }

    /// <summary>A sentence's bytes plus the space joining it to the next, measured once in the constructor.</summary>
    private double Cost(int index) => byteCost[index];

    private double Room(List<int> chosen, SummaryBudget budget) =>
        budget.Bytes is { } maxBytes ? Math.Max(0, maxBytes - chosen.Sum(Cost))
        : budget.Words is { } maxWords ? Math.Max(0, maxWords - chosen.Sum(c => story.All[c].Words)) * 6.0
        : double.MaxValue;

    private bool Fits(List<int> chosen, int candidate, SummaryBudget budget) => FitsAll([.. chosen, candidate], budget);

    private bool FitsAll(List<int> set, SummaryBudget budget) =>
        !set.Any(a => set.Any(b => a < b && similarity[a, b] >= options.MaxPairSimilarity))
        && (budget.Words is not { } maxWords || set.Sum(c => story.All[c].Words) <= maxWords)
        && (budget.Bytes is not { } maxBytes || set.Sum(Cost) - 1 <= maxBytes);
}
