namespace Chorus.Core.Summarization;

/// <summary>
/// Picks sentences by maximising a monotone submodular objective under the budget: corroboration-weighted coverage
/// of every sentence of the story (saturating at a share of what the whole story covers) plus a square-root reward
/// for drawing on many groups of similar sentences; no two chosen sentences closer than a limit; cost-scaled greedy,
/// then single swaps and additions. Candidate sets are valued from the cached state of the chosen ones
/// (<see cref="SubmodularObjective"/>), each the same to the bit as the set's objective computed afresh, so the
/// choices are those of the plain search.
/// </summary>
internal sealed class SubmodularSelector
{
    private readonly SubmodularOptions options;
    private readonly ObjectiveTerms terms;

    /// <param name="repeats">Pairs that may not both be chosen besides those past the pair limit (symmetric); null for none.</param>
    public SubmodularSelector(StorySentences story, double[] scores, SubmodularOptions options, double groupSimilarity, Func<int, int, bool>? repeats = null)
    {
        this.options = options;
        terms = new ObjectiveTerms(story, scores, options, groupSimilarity, repeats);
    }

    /// <summary>The objective of a set of sentences (monotone, submodular).</summary>
    public double Objective(IReadOnlyCollection<int> chosen) => new SubmodularObjective(terms, chosen).Value();

    /// <summary>Chosen sentences; under a cut-last budget the overflowing sentence is returned separately.</summary>
    public (List<int> Chosen, int Overflow) Select(IReadOnlyList<int> candidates, SummaryBudget budget)
    {
        var costPower = new Dictionary<int, double>();
        foreach (var c in candidates)
        {
            costPower[c] = Math.Pow(terms.Cost(c), options.CostExponent);
        }

        var chosen = new SubmodularObjective(terms, []);
        var remaining = candidates.ToList();
        while (true)
        {
            var current = chosen.Value();
            var best = -1;
            var bestRatio = 0.0;
            foreach (var c in remaining)
            {
                if (!Fits(chosen, c, -1, budget))
                {
                    continue;
                }

                var gain = chosen.Value(c) - current;
                var ratio = gain / costPower[c];
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
        var none = new SubmodularObjective(terms, []);
        var single = Best(candidates.Where(c => Fits(none, c, -1, budget)), none.Value);
        if (single >= 0 && none.Value(single) > chosen.Value())
        {
            chosen = new SubmodularObjective(terms, [single]);
        }

        chosen = LocalSearch(chosen, candidates, budget);
        var overflow = -1;
        if (budget.CutLast)
        {
            var current = chosen.Value();
            var room = Room(chosen, budget);
            overflow = Best(candidates.Where(c => !chosen.Chosen.Contains(c)), c => (chosen.Value(c) - current) * Math.Min(1, room / terms.Cost(c)));
        }

        return (chosen.Chosen, overflow);
    }

    /// <summary>The candidate of highest value, the first in sentence order among equals; -1 when there is none.</summary>
    private static int Best(IEnumerable<int> candidates, Func<int, double> value)
    {
        var (best, bestValue) = (-1, double.NegativeInfinity);
        foreach (var c in candidates)
        {
            var v = value(c);
            if (best < 0 || v > bestValue || (v == bestValue && c < best))
            {
                (best, bestValue) = (c, v);
            }
        }

        return best;
    }

    /// <summary>
    /// Improving passes over every addition of a candidate and every swap of a chosen sentence for it, the best move
    /// of a pass kept (the first in candidate order among equals).
    /// </summary>
    private SubmodularObjective LocalSearch(SubmodularObjective chosen, IReadOnlyList<int> candidates, SummaryBudget budget)
    {
        for (var pass = 0; pass < options.LocalSearchPasses; pass++)
        {
            var current = chosen.Value();
            List<int>? better = null;
            var k = chosen.Chosen.Count;
            var without = Enumerable.Range(0, k).Select(chosen.CoveredWithout).ToArray();
            var swapped = new int[k];
            foreach (var c in candidates)
            {
                if (chosen.Chosen.Contains(c))
                {
                    continue;
                }

                if (Fits(chosen, c, -1, budget) && chosen.Value(c) is var added && added > current + 1e-9)
                {
                    (better, current) = ([.. chosen.Chosen, c], added);
                }

                for (var p = 0; p < k; p++)
                {
                    if (!Fits(chosen, c, p, budget))
                    {
                        continue;
                    }

                    var at = 0;
                    for (var q = 0; q < k; q++)
                    {
                        if (q != p)
                        {
                            swapped[at++] = chosen.Chosen[q];
                        }
                    }

                    swapped[at] = c;
                    var value = terms.Combine(terms.Coverage(without[p], c), terms.Diversity(swapped));
                    if (value > current + 1e-9)
                    {
                        (better, current) = ([.. swapped], value);
                    }
                }
            }

            if (better is null)
            {
                break;
            }

            chosen = new SubmodularObjective(terms, better);
        }

        return chosen;
    }

    private double Room(SubmodularObjective chosen, SummaryBudget budget) =>
        budget.Bytes is { } maxBytes ? Math.Max(0, maxBytes - chosen.Bytes)
        : budget.Words is { } maxWords ? Math.Max(0, maxWords - chosen.Words) * 6.0
        : double.MaxValue;

    /// <summary>
    /// Whether the chosen sentences, less the one at <paramref name="dropped"/> (when not -1), plus
    /// <paramref name="candidate"/> keep every pair under the similarity limit and fit the budget.
    /// </summary>
    private bool Fits(SubmodularObjective chosen, int candidate, int dropped, SummaryBudget budget)
    {
        var leaving = dropped >= 0 ? chosen.Chosen[dropped] : -1;
        var pairs = chosen.TooSimilarPairs - (leaving >= 0 ? chosen.TooSimilarTo(leaving, -1) : 0) + chosen.TooSimilarTo(candidate, leaving);
        return pairs == 0
            && (budget.Words is not { } maxWords || chosen.Words - (leaving >= 0 ? terms.Words(leaving) : 0) + terms.Words(candidate) <= maxWords)
            && (budget.Bytes is not { } maxBytes || chosen.Bytes - (leaving >= 0 ? terms.Cost(leaving) : 0) + terms.Cost(candidate) - 1 <= maxBytes);
    }
}

/// <summary>Settings of submodular selection; null in <see cref="SummarizerOptions"/> keeps the greedy pick.</summary>
public sealed record SubmodularOptions
{
    /// <summary>
    /// Each sentence counts as covered once the summary reaches this share of its similarity to the story. Values
    /// below 0.1 scored best on DUC 2004 val (0.3 and 1 lost 3-5 ROUGE-1 points): a 665-byte summary can cover only
    /// a sliver of a ten-article story, so coverage must saturate early to keep rewarding new ground.
    /// </summary>
    public double CoverageSaturation { get; init; } = 0.06;

    /// <summary>
    /// Share of the objective given to the square-root reward of scored sentences per group of similar sentences.
    /// Scores carry corroboration, centrality and position, which coverage alone lacks; 0.9-0.95 was best on DUC 2004
    /// val, pure reward (1.0) and pure coverage (0) both lost about 1.5 ROUGE-1 points.
    /// </summary>
    public double DiversityWeight { get; init; } = 0.95;

    /// <summary>
    /// Gain is divided by bytes to this power: 0 ignores length, 1 favours short fragments; 0.3 was best on DUC 2004 val.
    /// </summary>
    public double CostExponent { get; init; } = 0.3;

    /// <summary>
    /// No two chosen sentences may be this similar: the square-root reward only discounts a second sentence of the
    /// same group, and groups (connected at the redundancy similarity) miss paraphrases that share fewer words, such
    /// as two wire leads of one vote. 0.35 was best on DUC 2004 val (0.3 and 0.45 lost 0.6 and 0.1 ROUGE-1 points).
    /// </summary>
    public double MaxPairSimilarity { get; init; } = 0.35;

    /// <summary>Improving swap/addition passes after the greedy.</summary>
    public int LocalSearchPasses { get; init; } = 10;
}
