using Chorus.Core.Documents;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation.Baselines;

/// <summary>Sentences in a random order fixed by the seed: the floor every method must clear.</summary>
public sealed class RandomSummarizer(ulong seed = 1) : ISummarizer
{
    public string Name => "random";

    public IReadOnlyList<Sentence> Summarize(IReadOnlyList<SummaryDocument> documents, SummaryBudget budget)
    {
        var story = BaselineSelection.Story(documents);
        var order = BaselineSelection.Candidates(story);
        var random = new SplitMix64(seed);
        for (var i = order.Count - 1; i > 0; i--)
        {
            var j = random.NextIndex(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return BaselineSelection.Pick(story, order, budget);
    }
}
