using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chorus.Core.Briefs;
using Chorus.Core.Corroboration;
using Chorus.Core.Dedup;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Chorus.Core.Summarization;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// Where the <c>chorus</c> row of <c>chorus eval summarize</c> spends its time: the brief of every cluster of a
/// summarization data set (default DUC 2004 val) through <see cref="BriefPipeline"/>, each stage's mean per cluster,
/// the first pass (the process's compilation included) and the best later round. Then the coverage judgment of every
/// sentence (is it reported by another source?), <see cref="StoryClaims.ReportedElsewhere"/> against the per-document
/// judgment it replaced (<see cref="PlainCoverageJudgment"/>), alternating, checking both decide alike. With a third
/// argument, each cluster's brief (JSON) is hashed into that file, to compare the briefs of two builds.
/// </summary>
internal static class BriefSummarizeSpeed
{
    public static int Run(string[] args)
    {
        if (SpeedBenchArgs.Read(args) is not { } bench)
        {
            return 1;
        }

        var (path, rounds, data) = bench;
        var n = data.Clusters.Count;
        var raw = data.Clusters.Select(SummarizationEvaluator.RawDocuments).ToList();
        var options = new BriefOptions { Budget = data.DefaultBudget with { CutLast = true } };
        var stories = raw.Select(documents => StoryOf(documents, options)).ToList();
        var judged = stories.Sum(s => s.Story.All.Count);
        Dictionary<string, double>? best = null;
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
            first = round == 0 ? total : first;
            if (round > 0 && total < bestTotal)
            {
                (best, bestTotal) = (stages, total);
            }

            // Alternate which goes first, so neither always runs on a warmer cache.
            var plainFirst = round % 2 == 0;
            var (plain, plainMs) = plainFirst ? Judge(stories, plain: true) : default;
            var (incremental, newMs) = Judge(stories, plain: false);
            (plain, plainMs) = plainFirst ? (plain, plainMs) : Judge(stories, plain: true);
            differing = plain.Zip(incremental).Count(p => p.First != p.Second);
            if (round > 0)
            {
                (plainBest, newBest) = (Math.Min(plainBest, plainMs), Math.Min(newBest, newMs));
            }
        }

        Console.WriteLine($"{n} clusters of {path}: the chorus row's brief (BriefPipeline); best of {rounds} rounds after a first pass");
        Console.WriteLine($"{"stage",-12} {"ms/cluster",10} {"share",7}");
        foreach (var (stage, ms) in best!)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-12} {ms / n,10:0.00} {ms / bestTotal,7:P0}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-12} {bestTotal / n,10:0.00}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"brief: {n / (bestTotal / 1000):0.0} clusters/s (first pass, compilation included: {n / (first / 1000):0.0}); summarize stage alone: {n / (best["summarize"] / 1000):0.0} clusters/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"coverage judgment of {judged} sentences: per-document judge {judged / (plainBest / 1000):0} sentences/s, sentence by sentence {judged / (newBest / 1000):0} ({plainBest / newBest:0.0}x); sentences judged differently: {differing}"));
        if (args.Length > 2)
        {
            File.WriteAllLines(args[2], raw.Select(documents => BriefPipeline.Run(documents, options) is { Brief: { } brief } run
                ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(BriefJson.Render(brief, run.Problems))))
                : "-"));
        }

        return differing == 0 ? 0 : 1;
    }

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
