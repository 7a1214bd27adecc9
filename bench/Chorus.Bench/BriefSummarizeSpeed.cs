using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chorus.Core.Briefs;
using Chorus.Core.Corroboration;
using Chorus.Core.Dedup;
using Chorus.Core.Facts;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Chorus.Core.Summarization;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// Where the <c>chorus</c> row of <c>chorus eval summarize</c> spends its time: the brief of every cluster of a
/// summarization data set (default DUC 2004 val) through <see cref="BriefPipeline"/> as the row runs it (summary only;
/// <c>--full</c>: the whole brief), each stage's mean per cluster in the first pass (timed as eval summarize times a
/// row: after one untimed cluster, compilation included) and the best later round, and a check that every summary-only
/// brief is the whole brief less its facts and coverage. Then the coverage judgment of every sentence (is it reported
/// by another source?), <see cref="StoryClaims.ReportedElsewhere"/> against the per-document judgment it replaced
/// (<see cref="PlainCoverageJudgment"/>), alternating, checking both decide alike. With a third argument, each
/// cluster's whole brief (JSON) is hashed into that file, to compare the briefs of two builds.
/// </summary>
internal static class BriefSummarizeSpeed
{
    public static int Run(string[] args)
    {
        // --full times the whole brief (facts and coverage too), as the row ran before it took the summary only.
        var wholeBrief = args.Contains("--full");
        args = [.. args.Where(a => a != "--full")];
        if (SpeedBenchArgs.Read(args) is not { } bench)
        {
            return 1;
        }

        var (path, rounds, data) = bench;
        var n = data.Clusters.Count;
        var raw = data.Clusters.Select(SummarizationEvaluator.RawDocuments).ToList();
        var full = new BriefOptions { Budget = data.DefaultBudget with { CutLast = true } };
        var options = full with { SummaryOnly = !wholeBrief };

        // As eval summarize times a row: after one untimed cluster, before anything else has run in the process.
        BriefPipeline.Run(raw[0], options);
        List<(StorySentences Story, StoryClaims Claims, PlainCoverageJudgment Plain)> stories = [];
        Dictionary<string, double>? best = null, cold = null;
        var (first, bestTotal, plainBest, newBest, differing) = (0.0, double.MaxValue, double.MaxValue, double.MaxValue, 0);
        for (var round = 0; round <= rounds; round++)
        {
            var stages = new Dictionary<string, double>(StringComparer.Ordinal);
            var clock = Stopwatch.StartNew();
            foreach (var documents in raw)
            {
                foreach (var timing in BriefPipeline.Run(documents, options).Timings)
                {
                    stages[timing.Stage] = stages.GetValueOrDefault(timing.Stage) + timing.Elapsed.TotalMilliseconds;
                }
            }

            var total = clock.Elapsed.TotalMilliseconds;
            if (round == 0)
            {
                (first, cold) = (total, stages);
                stories = raw.Select(documents => StoryOf(documents, options)).ToList();
                continue;
            }

            if (total < bestTotal)
            {
                (best, bestTotal) = (stages, total);
            }

            // Alternate which goes first, so neither always runs on a warmer cache.
            var plainFirst = round % 2 == 0;
            var (plain, plainMs) = plainFirst ? Judge(stories, plain: true) : default;
            var (incremental, newMs) = Judge(stories, plain: false);
            (plain, plainMs) = plainFirst ? (plain, plainMs) : Judge(stories, plain: true);
            differing = plain.Zip(incremental).Count(p => p.First != p.Second);
            (plainBest, newBest) = (Math.Min(plainBest, plainMs), Math.Min(newBest, newMs));
        }

        Console.WriteLine($"{n} clusters of {path}: the chorus row's brief (BriefPipeline, {(wholeBrief ? "whole brief" : "summary only")}); best of {rounds} rounds after a first pass");
        Console.WriteLine($"{"stage",-12} {"ms/cluster",10} {"share",7} {"first pass",10}");
        foreach (var (stage, ms) in best!)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-12} {ms / n,10:0.00} {ms / bestTotal,7:P0} {cold![stage] / n,10:0.00}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-12} {bestTotal / n,10:0.00} {"",7} {first / n,10:0.00}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"brief: {n / (bestTotal / 1000):0.0} clusters/s (first pass, compilation included, as eval summarize times it: {n / (first / 1000):0.0}); summarize stage alone: {n / (best["summarize"] / 1000):0.0} clusters/s"));
        var judged = stories.Sum(s => s.Story.All.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"coverage judgment of {judged} sentences: per-document judge {judged / (plainBest / 1000):0} sentences/s, sentence by sentence {judged / (newBest / 1000):0} ({plainBest / newBest:0.0}x); sentences judged differently: {differing}"));
        if (args.Length > 2)
        {
            File.WriteAllLines(args[2], raw.Select(documents => BriefPipeline.Run(documents, full) is { Brief: { } brief } run
                ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(BriefJson.Render(brief, run.Problems))))
                : "-"));
        }

        var unlike = raw.Count(documents => !SameSummary(BriefPipeline.Run(documents, options).Brief, BriefPipeline.Run(documents, full).Brief));
        Console.WriteLine($"clusters whose summary-only summary differs from the full brief's (headline, sources, sentences, credits, disputes): {unlike}");
        return differing == 0 && unlike == 0 ? 0 : 1;
    }

    /// <summary>Whether the two briefs are alike but for the facts and coverage a summary-only run leaves out.</summary>
    private static bool SameSummary(Brief? summaryOnly, Brief? full) =>
        summaryOnly is null || full is null ? summaryOnly == full
            : BriefJson.Render(summaryOnly, []) == BriefJson.Render(full with { Facts = FactSet.Empty, Coverage = [] }, []);

    /// <summary>A cluster's story and claims as the brief reads them (the same reader, copy finding and sentences).</summary>
    private static (StorySentences Story, StoryClaims Claims, PlainCoverageJudgment Plain) StoryOf(IReadOnlyList<Chorus.Core.Documents.RawDocument> documents, BriefOptions options)
    {
        var articles = ArticleReader.ReadAll(documents, [], options.Extraction);
        var sources = SourceList.Build(articles, Syndications.Find(articles, options.Copies));
        var story = new StorySentences(
            sources.Select(s => new SummaryDocument(s.Article.Id, s.Article.Outlet.Name, BriefPipeline.SentencesOf(s.Article)) { CopyOf = s.CopyOf }).ToList(),
            options.Summarizer.MatchSimilarity);
        var claims = new StoryClaims(story, options.Support);
        return (story, claims, new PlainCoverageJudgment(story, claims, options.Support));
    }

    private static (List<bool> Reported, double Milliseconds) Judge(List<(StorySentences Story, StoryClaims Claims, PlainCoverageJudgment Plain)> stories, bool plain)
    {
        var reported = new List<bool>();
        var clock = Stopwatch.StartNew();
        foreach (var (story, claims, baseline) in stories)
        {
            for (var i = 0; i < story.All.Count; i++)
            {
                reported.Add(plain ? baseline.ReportedElsewhere(i) : claims.ReportedElsewhere(i));
            }
        }

        return (reported, clock.Elapsed.TotalMilliseconds);
    }
}
