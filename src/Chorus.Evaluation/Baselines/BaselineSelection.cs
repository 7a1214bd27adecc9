using Chorus.Core.Documents;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation.Baselines;

/// <summary>What every baseline shares: which sentences may be picked, and picking in rank order within the budget.</summary>
public static class BaselineSelection
{
    /// <summary>Shorter sentences are datelines, headline fragments or bylines, not statements.</summary>
    public const int MinWords = 5;

    /// <summary>TF-IDF cosine of the story's term space at which two sentences count as repeating each other.</summary>
    public const double RedundancySimilarity = 0.5;

    /// <summary>Story sentences of at least <see cref="MinWords"/> words with at least one content term.</summary>
    public static List<int> Candidates(StorySentences story) =>
        Enumerable.Range(0, story.All.Count)
            .Where(i => story.All[i].Words >= MinWords && !story.All[i].Vector.IsEmpty)
            .ToList();

    /// <summary>
    /// Takes sentences in the given order while they fit the budget; with <paramref name="redundancy"/>, skips a
    /// sentence that similar to one already taken. The summary keeps the rank order.
    /// </summary>
    public static List<Sentence> Pick(StorySentences story, IEnumerable<int> ranked, SummaryBudget budget, double? redundancy = null)
    {
        var chosen = new List<int>();
        var used = new BudgetTracker(budget);
        foreach (var candidate in ranked)
        {
            if (redundancy is { } limit && chosen.Any(c => story.Similarity(c, candidate) >= limit))
            {
                continue;
            }

            if (used.TryAdd(story.All[candidate].Sentence.Text))
            {
                chosen.Add(candidate);
            }

            if (used.IsFull)
            {
                break;
            }
        }

        return chosen.Select(i => story.All[i].Sentence).ToList();
    }

    /// <summary>Candidate indices by descending score, ties by story order.</summary>
    public static IEnumerable<int> ByScore(IEnumerable<int> candidates, IReadOnlyList<double> scores) =>
        candidates.OrderByDescending(i => scores[i]).ThenBy(i => i);

    /// <summary>A story built for a baseline: all sentences, every document its own source.</summary>
    public static StorySentences Story(IReadOnlyList<SummaryDocument> documents) => new(documents, matchSimilarity: 0.4);
}
