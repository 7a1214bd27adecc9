using Chorus.Core.Documents;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation.Baselines;

/// <summary>
/// The ceiling: knows the reference summaries and greedily adds the sentence that most raises ROUGE-1 F + ROUGE-2 F
/// averaged over the references, until no sentence raises it or the budget is full.
/// </summary>
public sealed class GreedyOracleSummarizer(IReadOnlyList<string> references) : ISummarizer
{
    private readonly List<List<string>> referenceTokens = references.Select(r => RougeTokenizer.Tokenize(r)).ToList();

    public string Name => "oracle";

    public IReadOnlyList<Sentence> Summarize(IReadOnlyList<SummaryDocument> documents, SummaryBudget budget)
    {
        var story = BaselineSelection.Story(documents);
        var left = BaselineSelection.Candidates(story);
        var tokens = story.All.Select(s => RougeTokenizer.Tokenize(s.Sentence.Text)).ToList();
        var summary = new List<string>();
        var chosen = new List<Sentence>();
        var used = new BudgetTracker(budget);
        var current = 0.0;
        while (left.Count > 0 && !used.IsFull)
        {
            var (best, gain) = left
                .Select(i => (Index: i, Gain: Objective([.. summary, .. tokens[i]]) - current))
                .OrderByDescending(x => x.Gain).ThenBy(x => x.Index).First();
            if (gain <= 0)
            {
                break;
            }

            left.Remove(best);
            if (used.TryAdd(story.All[best].Sentence.Text))
            {
                chosen.Add(story.All[best].Sentence);
                summary.AddRange(tokens[best]);
                current += gain;
            }
        }

        return chosen;
    }

    private double Objective(List<string> summary) =>
        referenceTokens.Average(r => RougeScorer.NGrams(summary, r, 1).Fmeasure + RougeScorer.NGrams(summary, r, 2).Fmeasure);
}
