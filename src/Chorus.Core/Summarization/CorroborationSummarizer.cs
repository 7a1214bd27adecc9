using Chorus.Core.Documents;
using Chorus.Core.Text;

namespace Chorus.Core.Summarization;

/// <summary>
/// Chorus's summarizer: picks the sentences most independent sources corroborate, weighed with centrality and
/// position, skips what repeats a chosen sentence, and attributes each chosen sentence to every source that says it.
/// </summary>
public sealed class CorroborationSummarizer(SummarizerOptions? options = null) : ISummarizer
{
    private readonly SummarizerOptions options = options ?? new SummarizerOptions();

    public string Name => "chorus";

    public IReadOnlyList<Sentence> Summarize(IReadOnlyList<SummaryDocument> documents, SummaryBudget budget) =>
        Summarize(new StorySentences(options.TrimSentences ? documents.Select(Trimmed).ToList() : documents, options.MatchSimilarity), budget)
            .Select(s => s.Sentence).ToList();

    private static SummaryDocument Trimmed(SummaryDocument document) => document with
    {
        Sentences = document.Sentences.Select(s => SentenceTrimmer.Trim(s.Text) is var t && t != s.Text ? s with { Text = t, Terms = Tokenizer.Terms(t) } : s).ToList(),
    };

    public IReadOnlyList<SummarySentence> Summarize(StorySentences story, SummaryBudget budget)
    {
        var scores = SentenceScorer.Score(story, options);
        var ranked = Enumerable.Range(0, story.All.Count)
            .Where(i => !double.IsNegativeInfinity(scores[i]))
            .OrderByDescending(i => scores[i])
            .ThenBy(i => i)
            .ToList();

        if (options.Submodular is { } submodular)
        {
            var (picked, overflowing) = new SubmodularSelector(story, scores, submodular, options.RedundancySimilarity).Select(ranked, budget);
            return Ordered(story, overflowing >= 0 ? [.. picked, overflowing] : picked, overflowing);
        }

        var chosen = new List<int>();
        var used = new BudgetTracker(budget);
        var meaning = options.MeaningRedundancy is { } threshold ? new MeaningOverlap(story, threshold) : null;
        foreach (var candidate in ranked)
        {
            if (chosen.Any(c => story.Similarity(c, candidate) >= options.RedundancySimilarity || MatchesEachOther(story, c, candidate)
                || meaning?.SameThing(c, candidate) == true))
            {
                continue;
            }

            if (!used.TryAdd(story.All[candidate].Sentence.Text))
            {
                if (used.IsFull)
                {
                    break;
                }

                continue;
            }

            chosen.Add(candidate);
        }

        // Under a cut-last budget the sentence that overflowed is the one to cut, so it goes last.
        var overflow = budget.CutLast && used.IsFull && chosen.Count > 0 ? chosen[^1] : -1;
        return Ordered(story, chosen, overflow);
    }

    private static List<SummarySentence> Ordered(StorySentences story, List<int> chosen, int overflow) =>
        chosen
            .OrderBy(i => i == overflow)
            .ThenBy(i => story.All[i].RelativePosition)
            .ThenBy(i => story.All[i].Document)
            .Select(i => new SummarySentence(story.All[i].Sentence, story.Corroboration(i), Attributions(story, i)))
            .ToList();

    private static bool MatchesEachOther(StorySentences story, int a, int b) =>
        story.MatchesOf(a).Any(m => m.Sentence == b);

    /// <summary>The chosen sentence, then the best-matching sentence of each other document.</summary>
    private static List<Attribution> Attributions(StorySentences story, int index)
    {
        var own = story.All[index];
        var attributions = new List<Attribution> { ToAttribution(story, index, 1.0) };
        var seenDocuments = new HashSet<int> { own.Document };
        foreach (var match in story.MatchesOf(index))
        {
            if (seenDocuments.Add(story.All[match.Sentence].Document))
            {
                attributions.Add(ToAttribution(story, match.Sentence, match.Similarity));
            }
        }

        return attributions;
    }

    private static Attribution ToAttribution(StorySentences story, int index, double similarity)
    {
        var sentence = story.All[index].Sentence;
        return new Attribution(sentence.ArticleId, sentence.Index, sentence.Span, sentence.Text, Math.Round(similarity, 4));
    }
}
