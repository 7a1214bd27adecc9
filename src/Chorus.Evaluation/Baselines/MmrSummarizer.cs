using Chorus.Core.Documents;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation.Baselines;

/// <summary>
/// Maximal marginal relevance (Carbonell and Goldstein 1998): repeatedly takes the sentence with the best
/// λ·(similarity to the cluster centroid) − (1−λ)·(greatest similarity to a sentence already taken).
/// </summary>
public sealed class MmrSummarizer(double lambda = MmrSummarizer.DefaultLambda) : ISummarizer
{
    /// <summary>The weight on relevance; 0.7 is the usual setting for news.</summary>
    public const double DefaultLambda = 0.7;

    public string Name => "mmr";

    public IReadOnlyList<Sentence> Summarize(IReadOnlyList<SummaryDocument> documents, SummaryBudget budget)
    {
        var story = BaselineSelection.Story(documents);
        var relevance = CentroidSummarizer.CentroidScores(story);
        var left = BaselineSelection.Candidates(story);
        var nearestChosen = new double[story.All.Count];
        var chosen = new List<Sentence>();
        var used = new BudgetTracker(budget);
        while (left.Count > 0 && !used.IsFull)
        {
            var best = left.OrderByDescending(i => (lambda * relevance[i]) - ((1 - lambda) * nearestChosen[i])).ThenBy(i => i).First();
            left.Remove(best);
            if (!used.TryAdd(story.All[best].Sentence.Text))
            {
                continue;
            }

            chosen.Add(story.All[best].Sentence);
            foreach (var i in left)
            {
                nearestChosen[i] = Math.Max(nearestChosen[i], story.Similarity(best, i));
            }
        }

        return chosen;
    }
}
