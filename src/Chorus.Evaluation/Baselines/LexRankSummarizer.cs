using Chorus.Core.Documents;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation.Baselines;

/// <summary>
/// Continuous LexRank (Erkan and Radev 2004): the TF-IDF cosine graph of the sentences, ranked by PageRank with a
/// jump probability of 0.15; sentences too similar to one already taken are skipped.
/// </summary>
public sealed class LexRankSummarizer : ISummarizer
{
    public const double Jump = 0.15;

    public string Name => "lexrank";

    public IReadOnlyList<Sentence> Summarize(IReadOnlyList<SummaryDocument> documents, SummaryBudget budget)
    {
        var story = BaselineSelection.Story(documents);
        var candidates = BaselineSelection.Candidates(story);
        var weights = new double[candidates.Count, candidates.Count];
        for (var a = 0; a < candidates.Count; a++)
        {
            for (var b = 0; b < candidates.Count; b++)
            {
                weights[a, b] = story.Similarity(candidates[a], candidates[b]);
            }
        }

        var rank = GraphRank.Rank(weights, 1 - Jump);
        var order = Enumerable.Range(0, candidates.Count).OrderByDescending(k => rank[k]).ThenBy(k => k).Select(k => candidates[k]);
        return BaselineSelection.Pick(story, order, budget, BaselineSelection.RedundancySimilarity);
    }
}
