using System.Diagnostics;
using System.Globalization;
using Chorus.Core.Summarization;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// Speed of the summarizer on a summarization data set (default DUC 2004 val), in one process. First the loop of
/// <c>chorus eval summarize</c> itself (<see cref="SummarizationEvaluator.Evaluate"/>: reading the texts, summarizing,
/// ROUGE) for the plain MMR baseline and the tuned Chorus summarizer; then the submodular selection alone, with its
/// pair similarities, incremental (<see cref="SubmodularSelector"/>) against the plain objective
/// (<see cref="PlainSubmodularSelector"/>) on fresh copies of the same stories, checking that both choose the same
/// sentences. Rounds alternate the systems after a warm-up round; each row shows its best round.
/// </summary>
internal static class SummarizeSpeed
{
    public static int Run(string[] args)
    {
        if (SpeedBenchArgs.Read(args) is not { } bench)
        {
            return 1;
        }

        var (path, rounds, data) = bench;
        var budget = data.DefaultBudget with { CutLast = true };
        var systems = SummarizationSystems.Ours().Where(s => s.Name is "mmr" or SummarizationSystems.ChorusNewswire).ToList();
        var options = SummarizerOptions.ForNewswireEvaluation;
        var summarizer = new CorroborationSummarizer(options);
        var documents = data.Clusters.Select(SummarizationEvaluator.Documents).ToList();
        var scored = documents.Select(d => Candidates(summarizer.StoryOf(d), options)).ToList();

        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        var differing = 0;
        for (var round = 0; round <= rounds; round++)
        {
            void Keep(string row, double seconds)
            {
                if (round > 0)
                {
                    best[row] = Math.Max(best.GetValueOrDefault(row), data.Clusters.Count / seconds);
                }
            }

            foreach (var system in systems)
            {
                var result = SummarizationEvaluator.Evaluate(data, system, data.DefaultBudget);
                Keep($"eval summarize loop: {system.Name}", data.Clusters.Count / result.ClustersPerSecond);
            }

            // Fresh stories, so each selector computes the pair similarities it reads.
            var plainStories = documents.Select(summarizer.StoryOf).ToList();
            var incrementalStories = documents.Select(summarizer.StoryOf).ToList();
            var clock = Stopwatch.StartNew();
            var plain = scored.Select((s, k) => new PlainSubmodularSelector(plainStories[k], s.Scores, options.Submodular!, options.RedundancySimilarity)
                .Select(s.Ranked, budget)).ToList();
            Keep("selection: plain objective", clock.Elapsed.TotalSeconds);
            clock.Restart();
            var incremental = scored.Select((s, k) => new SubmodularSelector(incrementalStories[k], s.Scores, options.Submodular!, options.RedundancySimilarity)
                .Select(s.Ranked, budget)).ToList();
            Keep("selection: incremental objective", clock.Elapsed.TotalSeconds);
            differing = plain.Zip(incremental).Count(p => !p.First.Chosen.SequenceEqual(p.Second.Chosen) || p.First.Overflow != p.Second.Overflow);
        }

        Console.WriteLine($"{data.Clusters.Count} clusters of {path}, budget {budget.Bytes?.ToString(CultureInfo.InvariantCulture) ?? "-"} bytes / {budget.Words?.ToString(CultureInfo.InvariantCulture) ?? "-"} words; best of {rounds} rounds after a warm-up");
        Console.WriteLine($"{"stage",-42} {"clusters/s",10}");
        foreach (var (row, perSecond) in best)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row,-42} {perSecond,10:F1}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"incremental / plain selection speed: {best["selection: incremental objective"] / best["selection: plain objective"]:F1}x; clusters whose choices differ: {differing}"));
        return differing == 0 ? 0 : 1;
    }

    /// <summary>The sentence scores and the candidates in the order the summarizer hands them to the selector.</summary>
    private static (double[] Scores, List<int> Ranked) Candidates(StorySentences story, SummarizerOptions options)
    {
        var scores = SentenceScorer.Score(story, options);
        return (scores, CorroborationSummarizer.Ranked(scores));
    }
}
