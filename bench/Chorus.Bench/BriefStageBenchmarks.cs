using BenchmarkDotNet.Attributes;
using Chorus.Core.Briefs;
using Chorus.Core.Cleaning;
using Chorus.Core.Dedup;
using Chorus.Core.Documents;
using Chorus.Core.Facts;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Summarization;
using Chorus.Core.Text;

namespace Chorus.Bench;

/// <summary>
/// The brief of the seed articles, stage by stage. The baseline is tokenizing the raw text once, the least any
/// pipeline must do, so every ratio says how many tokenizer passes a stage costs.
/// </summary>
[MemoryDiagnoser]
public class BriefStageBenchmarks
{
    private IReadOnlyList<RawDocument> documents = [];
    private List<Article> articles = [];
    private List<BriefSource> sources = [];
    private List<SummaryDocument> summaryDocuments = [];
    private StorySentences story = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Path.Combine(BenchPaths.Shared, "seeds");
        documents = FileReader.ReadAll(InputPaths.Expand([seeds]).Files).Values().ToList();
        articles = TextScrapeCleaner.CleanAll(documents);
        sources = SourceList.Build(articles, Syndications.Find(articles));
        summaryDocuments = sources.Select(s => new SummaryDocument(s.Article.Id, s.Article.Outlet.Name, BriefPipeline.SentencesOf(s.Article)) { CopyOf = s.CopyOf }).ToList();
        story = new StorySentences(summaryDocuments, new SummarizerOptions().MatchSimilarity);
    }

    [Benchmark(Baseline = true, Description = "tokenize raw text (baseline)")]
    public int Tokenize() => documents.Sum(d => Tokenizer.Words(d.Content).Count());

    [Benchmark(Description = "clean")]
    public int Clean() => TextScrapeCleaner.CleanAll(documents).Count;

    [Benchmark(Description = "dedup")]
    public int Dedup() => Syndications.Find(articles).Count;

    [Benchmark(Description = "sentences + matching")]
    public int Sentences() => new StorySentences(
        sources.Select(s => new SummaryDocument(s.Article.Id, s.Article.Outlet.Name, BriefPipeline.SentencesOf(s.Article)) { CopyOf = s.CopyOf }).ToList(),
        new SummarizerOptions().MatchSimilarity).All.Count;

    [Benchmark(Description = "summarize")]
    public int Summarize() => new CorroborationSummarizer().Summarize(story, SummaryBudget.OfWords(BriefOptions.DefaultWords)).Count;

    [Benchmark(Description = "facts")]
    public int Facts() => FactExtractor.Extract(
        sources.Select((s, i) => new FactSource(s.Article, s.IndependentSource, summaryDocuments[i].Sentences)).ToList()).Quantities.Count;

    [Benchmark(Description = "whole brief")]
    public int WholeBrief() => BriefPipeline.Run(documents).Brief!.Summary.Count;
}
