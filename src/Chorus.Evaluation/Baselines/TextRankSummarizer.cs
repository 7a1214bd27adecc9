using Chorus.Core.Documents;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation.Baselines;

/// <summary>
/// TextRank (Mihalcea and Tarau 2004): sentences linked by shared words normalised by the log of their lengths,
/// ranked by PageRank with damping 0.85.
/// </summary>
public sealed class TextRankSummarizer : ISummarizer
{
    public const double Damping = 0.85;

    public string Name => "textrank";

    public IReadOnlyList<Sentence> Summarize(IReadOnlyList<SummaryDocument> documents, SummaryBudget budget)
    {
        var story = BaselineSelection.Story(documents);
        var candidates = BaselineSelection.Candidates(story);
        var words = candidates.Select(i => story.All[i].Sentence.Terms.ToHashSet(StringComparer.Ordinal)).ToList();
        var weights = new double[candidates.Count, candidates.Count];
        for (var a = 0; a < candidates.Count; a++)
        {
            for (var b = a + 1; b < candidates.Count; b++)
            {
                var shared = words[a].Count(words[b].Contains);
                var norm = Math.Log(words[a].Count) + Math.Log(words[b].Count);
                weights[a, b] = weights[b, a] = shared == 0 || norm <= 0 ? 0 : shared / norm;
            }
        }

        var rank = GraphRank.Rank(weights, Damping);
        var order = Enumerable.Range(0, candidates.Count).OrderByDescending(k => rank[k]).ThenBy(k => k).Select(k => candidates[k]);
        return BaselineSelection.Pick(story, order, budget, BaselineSelection.RedundancySimilarity);
    }
}
