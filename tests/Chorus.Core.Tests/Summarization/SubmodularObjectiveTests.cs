using Chorus.Core.Summarization;
using Xunit;

namespace Chorus.Core.Tests.Summarization;

/// <summary>
/// The selector values each candidate set from the cached state of the chosen sentences
/// (<see cref="SubmodularObjective"/>): every gain must be the gain the objective's definition gives when the set is
/// valued afresh, here written out plainly from the story.
/// </summary>
public sealed class SubmodularObjectiveTests
{
    private static readonly SummarizerOptions Options = new() { Submodular = new SubmodularOptions() };

    [Fact]
    public void EveryIncrementalGainEqualsTheGainOfTheObjectiveComputedAfresh()
    {
        var story = new StorySentences(TinyCluster.Documents, Options.MatchSimilarity);
        var scores = SentenceScorer.Score(story, Options);
        var terms = new ObjectiveTerms(story, scores, Options.Submodular!, Options.RedundancySimilarity);
        var n = story.All.Count;
        var random = new Random(5);
        var gains = new List<double>();
        for (var trial = 0; trial < 50; trial++)
        {
            var order = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(1 + random.Next(n)).ToList();
            var chosen = new SubmodularObjective(terms, []);
            foreach (var next in order)
            {
                var before = Plain(story, scores, chosen.Chosen);
                Assert.Equal(before, chosen.Value(), 12);
                foreach (var extra in Enumerable.Range(0, n).Where(c => !chosen.Chosen.Contains(c)))
                {
                    var gain = chosen.Value(extra) - chosen.Value();
                    Assert.Equal(Plain(story, scores, [.. chosen.Chosen, extra]) - before, gain, 12);
                    gains.Add(gain);
                }

                chosen.Add(next);
            }
        }

        // Large and small gains are checked, not only zeros.
        Assert.Contains(gains, g => g > 0.05);
        Assert.Contains(gains, g => g is > 0 and < 0.01);
    }

    /// <summary>
    /// The objective by its definition: corroboration-weighted coverage of every sentence, capped at a share of its
    /// similarity to the whole story, plus the square-root reward of the chosen scores per group, both scaled by
    /// their values for the whole story.
    /// </summary>
    private static double Plain(StorySentences story, double[] scores, IReadOnlyList<int> chosen)
    {
        var options = Options.Submodular!;
        var n = story.All.Count;
        double Similarity(int a, int b) => Math.Max(0, story.Similarity(a, b));
        var reward = scores.Select(s => double.IsNegativeInfinity(s) ? 0 : Math.Max(0, s)).ToArray();
        var group = ObjectiveTerms.Components(n, Options.RedundancySimilarity, Similarity);
        var cap = Enumerable.Range(0, n).Select(i => options.CoverageSaturation * Enumerable.Range(0, n).Sum(j => Similarity(i, j))).ToArray();
        double Coverage(IEnumerable<int> set) =>
            Enumerable.Range(0, n).Sum(i => story.Corroboration(i) * Math.Min(set.Sum(j => Similarity(i, j)), cap[i]));
        double Diversity(IEnumerable<int> set) => set.GroupBy(j => group[j]).Sum(g => Math.Sqrt(g.Sum(j => reward[j])));
        var all = Enumerable.Range(0, n).ToList();
        return ((1 - options.DiversityWeight) * Coverage(chosen) / Coverage(all))
            + (options.DiversityWeight * Diversity(chosen) / Diversity(all));
    }
}
