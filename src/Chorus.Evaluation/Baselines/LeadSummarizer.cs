using Chorus.Core.Documents;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation.Baselines;

/// <summary>First sentences, round-robin over the articles: the first of each, then the second of each, and so on.</summary>
public sealed class LeadSummarizer : ISummarizer
{
    public string Name => "lead";

    public IReadOnlyList<Sentence> Summarize(IReadOnlyList<SummaryDocument> documents, SummaryBudget budget)
    {
        var story = BaselineSelection.Story(documents);
        var candidates = BaselineSelection.Candidates(story);
        var rankInDocument = new Dictionary<int, int>();
        var seen = new int[documents.Count];
        foreach (var i in candidates)
        {
            rankInDocument[i] = seen[story.All[i].Document]++;
        }

        var order = candidates.OrderBy(i => rankInDocument[i]).ThenBy(i => story.All[i].Document);
        return BaselineSelection.Pick(story, order, budget);
    }
}
