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
        Summarize(StoryOf(documents), budget).Select(s => s.Sentence).ToList();

    /// <summary>The story the summarizer reads of the documents: their sentences, trimmed when the options say so.</summary>
    internal StorySentences StoryOf(IReadOnlyList<SummaryDocument> documents) =>
        new(options.TrimSentences ? documents.Select(Trimmed).ToList() : documents, options.MatchSimilarity);

    private static SummaryDocument Trimmed(SummaryDocument document) => document with
    {
        Sentences = document.Sentences.Select(s => SentenceTrimmer.Trim(s.Text) is var t && t != s.Text ? s with { Text = t, Terms = Tokenizer.Terms(t) } : s).ToList(),
    };

    public IReadOnlyList<SummarySentence> Summarize(StorySentences story, SummaryBudget budget)
    {
        var scores = SentenceScorer.Score(story, options);
        var ranked = Ranked(scores);

        if (options.Submodular is { } submodular)
        {
            var repeats = PairRepeats.For(story, options);
            var (picked, overflowing) = new SubmodularSelector(story, scores, submodular, options.RedundancySimilarity, repeats is null ? null : repeats.Repeat)
                .Select(ranked, budget);
            return picked.Count == 0 && overflowing < 0 ? StandingAlone(story, ranked)
                : Ordered(story, overflowing >= 0 ? [.. picked, overflowing] : picked, overflowing);
        }

        var chosen = new List<int>();
        var readAfter = new Dictionary<int, int>();
        var used = new BudgetTracker(budget);
        var meaning = options.MeaningRedundancy is { } threshold ? new MeaningOverlap(story, threshold) : null;
        var claims = options.ClaimContainment is { } containment ? new ClaimOverlap(story, containment) : null;
        bool Same(int c, int candidate) => story.Similarity(c, candidate) >= options.RedundancySimilarity || MatchesEachOther(story, c, candidate)
            || meaning?.SameThing(c, candidate) == true || claims?.SameClaim(c, candidate) == true;
        bool Repeats(int candidate) => chosen.Any(c => Same(c, candidate));
        foreach (var candidate in ranked)
        {
            if (claims is not null && Widens(story, claims, chosen, readAfter, candidate, Same, budget) is { } widened)
            {
                (chosen, used) = widened;
                continue;
            }

            var needed = NeedsItsAntecedent(story, candidate);
            var antecedent = needed >= 0 && !chosen.Contains(needed) ? needed : -1;
            if (chosen.Contains(candidate) || Repeats(candidate) || (antecedent >= 0 && Repeats(antecedent)))
            {
                continue;
            }

            int[] unit = antecedent >= 0 ? [antecedent, candidate] : [candidate];
            if (!used.TryAdd(unit.Select(i => story.All[i].Sentence.Text).ToList()))
            {
                if (used.IsFull)
                {
                    break;
                }

                continue;
            }

            chosen.AddRange(unit);
            if (needed >= 0)
            {
                readAfter[candidate] = needed;
            }
        }

        if (chosen.Count == 0)
        {
            return StandingAlone(story, ranked);
        }

        // Under a cut-last budget the sentence that overflowed is the one to cut, so it goes last.
        var overflow = budget.CutLast && used.IsFull && chosen.Count > 0 ? chosen[^1] : -1;
        return Ordered(story, chosen, overflow, readAfter);
    }

    /// <summary>
    /// Nothing fits a very small budget: the best sentence that stands alone, marked as over it, rather than an empty
    /// summary (empty when no sentence stands alone).
    /// </summary>
    private List<SummarySentence> StandingAlone(StorySentences story, List<int> ranked) =>
        ranked.FirstOrDefault(i => NeedsItsAntecedent(story, i) < 0, -1) is var best && best >= 0
            ? [.. Ordered(story, [best], -1).Select(s => s with { OverBudget = true })]
            : [];

    /// <summary>The sentences that may be chosen, best score first (then in story order).</summary>
    internal static List<int> Ranked(double[] scores) =>
        Enumerable.Range(0, scores.Length)
            .Where(i => !double.IsNegativeInfinity(scores[i]))
            .OrderByDescending(i => scores[i])
            .ThenBy(i => i)
            .ToList();

    /// <summary>
    /// A candidate that states all a chosen sentence claims and more ("vowed to retake the districts … after 1,000
    /// troops fled" over "had plans to retake the districts") takes its place when the budget allows: one of the two
    /// goes either way, and the reader keeps the one that says more.
    /// </summary>
    private static (List<int> Chosen, BudgetTracker Used)? Widens(
        StorySentences story, ClaimOverlap claims, List<int> chosen, Dictionary<int, int> readAfter, int candidate, Func<int, int, bool> same, SummaryBudget budget)
    {
        var narrower = chosen.FindIndex(c => !readAfter.ContainsKey(c) && !readAfter.ContainsValue(c) && claims.Covers(candidate, c));
        if (narrower < 0 || chosen.Contains(candidate) || ReaderChecks.NeedsAntecedent(story.All[candidate].Sentence.Text))
        {
            return null;
        }

        var others = chosen.Where((_, k) => k != narrower).ToList();
        var used = new BudgetTracker(budget);
        if (!used.TryAdd([.. others.Append(candidate).Select(i => story.All[i].Sentence.Text)]) || others.Any(c => same(c, candidate)))
        {
            return null;
        }

        return (others.Append(candidate).ToList(), used);
    }

    /// <summary>The sentence a chosen sentence must be read after (<see cref="Antecedents"/>), or -1.</summary>
    private int NeedsItsAntecedent(StorySentences story, int index) =>
        options.PairWithAntecedent && options.AntecedentFactor < 1 && ReaderChecks.NeedsAntecedent(story.All[index].Sentence.Text)
            ? Antecedents.Of(story, index)
            : -1;

    /// <summary>In story order (relative position, then document); a sentence read after its antecedent stays right after it.</summary>
    private static List<SummarySentence> Ordered(StorySentences story, List<int> chosen, int overflow, IReadOnlyDictionary<int, int>? readAfter = null)
    {
        int Anchor(int i) => readAfter is not null && readAfter.TryGetValue(i, out var a) ? a : i;
        return chosen
            .OrderBy(i => i == overflow)
            .ThenBy(i => story.All[Anchor(i)].RelativePosition)
            .ThenBy(i => story.All[Anchor(i)].Document)
            .ThenBy(i => i)
            .Select(i => new SummarySentence(story.All[i].Sentence, story.Corroboration(i), Attributions(story, i)))
            .ToList();
    }

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
