using Chorus.Core.Briefs;
using Chorus.Core.Dedup;
using Chorus.Core.Documents;
using Chorus.Core.Facts;
using Chorus.Core.Summarization;
using Chorus.Core.Text;

namespace Chorus.Core.Pipeline;

/// <summary>The result of a brief run: the brief (when anything was usable), the problems, and stage timings.</summary>
public sealed record BriefRun(Brief? Brief, IReadOnlyList<InputProblem> Problems, IReadOnlyList<StageTiming> Timings);

/// <summary>
/// Clean → Dedup → Sentences → Summarize → Facts → Brief over a set of raw documents about one story. The CLI, the web
/// app and the evaluations call this; none re-implements a stage.
/// </summary>
public static class BriefPipeline
{
    public static BriefRun Run(IReadOnlyList<RawDocument> documents, BriefOptions? options = null)
    {
        options ??= new BriefOptions();
        var clock = new StageClock();
        var problems = new List<InputProblem>();

        var articles = clock.Time("clean", () => ArticleReader.ReadAll(documents, problems, options.Extraction));
        if (articles.Count == 0)
        {
            return new BriefRun(null, problems, clock.Timings);
        }

        var syndications = clock.Time("dedup", () => Syndications.Find(articles, options.Copies));
        var sources = SourceList.Build(articles, syndications);
        var story = clock.Time("sentences", () => new StorySentences(SummaryDocuments(sources), options.Summarizer.MatchSimilarity));
        var summarizer = new CorroborationSummarizer(options.Summarizer);
        var summary = clock.Time("summarize", () => summarizer.Summarize(story, options.Budget ?? SummaryBudget.OfWords(options.Words)));
        var facts = clock.Time("facts", () => FactExtractor.Extract(
            sources.Select(s => new FactSource(s.Article, s.IndependentSource, story.Documents.First(d => d.Id == s.Article.Id).Sentences)).ToList(),
            options.Facts));
        var brief = clock.Time("brief", () => new Brief(
            Headlines.Choose(sources, summary),
            summary,
            sources,
            CoverageBuilder.Build(story, sources))
        { Facts = facts });
        return new BriefRun(brief, problems, clock.Timings);
    }

    /// <summary>
    /// The summarizer's documents of raw texts, read, cleaned and split into sentences exactly as <see cref="Run"/>
    /// reads them (<c>eval summarize</c> scores every system on these).
    /// </summary>
    public static List<SummaryDocument> SummaryDocumentsOf(IReadOnlyList<RawDocument> documents, BriefOptions? options = null) =>
        ArticleReader.ReadAll(documents, [], (options ?? new BriefOptions()).Extraction)
            .Select(a => new SummaryDocument(a.Id, a.Outlet.Name, SentencesOf(a)))
            .ToList();

    /// <summary>Sentences are read from body paragraphs only; headings are not reports.</summary>
    public static List<Sentence> SentencesOf(Article article) =>
        SentenceReader.Read(article.Id, article.Text, article.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).Select(p => p.Span));

    private static List<SummaryDocument> SummaryDocuments(IReadOnlyList<BriefSource> sources) =>
        sources.Select(s => new SummaryDocument(s.Article.Id, s.Article.Outlet.Name, SentencesOf(s.Article)) { CopyOf = s.CopyOf })
            .ToList();
}
