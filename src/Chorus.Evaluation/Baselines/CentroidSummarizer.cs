using Chorus.Core.Documents;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation.Baselines;

/// <summary>
/// Centroid (Radev et al. 2004, TF-IDF): each sentence scored by its cosine with the centroid of the cluster's
/// TF-IDF vectors; sentences too similar to one already taken are skipped.
/// </summary>
public sealed class CentroidSummarizer : ISummarizer
{
    public string Name => "centroid";

    public IReadOnlyList<Sentence> Summarize(IReadOnlyList<SummaryDocument> documents, SummaryBudget budget)
    {
        var story = BaselineSelection.Story(documents);
        var scores = CentroidScores(story);
        var order = BaselineSelection.ByScore(BaselineSelection.Candidates(story), scores);
        return BaselineSelection.Pick(story, order, budget, BaselineSelection.RedundancySimilarity);
    }

    /// <summary>Cosine of every sentence with the unit centroid of all sentence vectors.</summary>
    public static double[] CentroidScores(StorySentences story)
    {
        var centroid = SparseVector.FromWeights(story.All
            .SelectMany(s => s.Vector.Ids.Zip(s.Vector.Weights, (id, w) => new KeyValuePair<int, double>(id, w))));
        return story.All.Select(s => s.Vector.Dot(centroid)).ToArray();
    }
}
