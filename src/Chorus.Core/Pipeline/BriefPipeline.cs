using Chorus.Core.Briefs;
using Chorus.Core.Corroboration;
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
        var brief = articles.Count == 0 ? null : BriefOf(articles, options, clock);
        return new BriefRun(brief, problems, clock.Timings);
    }

    /// <summary>The brief of articles already read (one story's), timing each stage on <paramref name="clock"/>.</summary>
    internal static Brief BriefOf(IReadOnlyList<Article> articles, BriefOptions options, StageClock clock)
    {
        var sources = clock.Time("dedup", () => SourceList.Build(articles, Syndications.Find(articles, options.Copies)));
        var story = clock.Time("sentences", () => new StorySentences(SummaryDocuments(sources), options.Summarizer.MatchSimilarity));
        var summarizer = new CorroborationSummarizer(options.Summarizer);
        var chosen = clock.Time("summarize", () => summarizer.Summarize(story, options.Budget ?? SummaryBudget.OfWords(options.Words)));
        var (claims, summary) = clock.Time("support", () =>
        {
            var read = new StoryClaims(story, options.Support);
            return (read, SummarySupport.Credit(story, read, chosen));
        });
        if (options.SummaryOnly)
        {
            return clock.Time("brief", () => new Brief(Headlines.Choose(sources, summary), summary, sources, []));
        }

        var facts = clock.Time("facts", () => FactExtractor.Extract(
            sources.Select(s => new FactSource(s.Article, s.IndependentSource, story.Documents.First(d => d.Id == s.Article.Id).Sentences)).ToList(),
            options.Facts));
        return clock.Time("brief", () => new Brief(
            Headlines.Choose(sources, summary),
            summary,
            sources,
            CoverageBuilder.Build(story, claims, sources))
        { Facts = facts });
    }

    /// <summary>
    /// Each input as a source of the brief of <paramref name="documents"/> (its label S1, S1a…, its outlet), keyed by the
    /// input's origin: the same reading, copy finding and <see cref="SourceLabels"/> as the brief, so <c>search</c> names
    /// a stored article as <c>show</c> does. Inputs that yield no article are not listed.
    /// </summary>
    public static IReadOnlyDictionary<string, BriefSource> SourcesByOrigin(IReadOnlyList<RawDocument> documents, BriefOptions? options = null)
    {
        options ??= new BriefOptions();
        var articles = ArticleReader.ReadAll(documents, [], options.Extraction);
        return SourceList.Build(articles, Syndications.Find(articles, options.Copies)).ToDictionary(s => s.Article.Origin, StringComparer.Ordinal);
    }

    /// <summary>
    /// The summarizer's documents of raw texts, read, cleaned and split into sentences exactly as <see cref="Run"/>
    /// reads them (<c>eval summarize</c> scores every system on these).
    /// </summary>
    public static List<SummaryDocument> SummaryDocumentsOf(IReadOnlyList<RawDocument> documents, BriefOptions? options = null) =>
        ArticleReader.ReadAll(documents, [], (options ?? new BriefOptions()).Extraction)
            .Select(a => new SummaryDocument(a.Id, a.Outlet.Name, SentencesOf(a)))
            .ToList();

    /// <summary>
    /// Sentences a brief reads of one article: a long feature runs to a few hundred; past this a text is no news
    /// report, and the stages that compare sentences would take minutes on it (200,000 sentences: over 60 s).
    /// </summary>
    public const int MaxSentencesPerArticle = 1000;

    /// <summary>Sentences are read from body paragraphs only (headings are not reports), at most <see cref="MaxSentencesPerArticle"/>.</summary>
    public static List<Sentence> SentencesOf(Article article)
    {
        var sentences = SentenceReader.Read(article.Id, article.Text, article.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).Select(p => p.Span));
        return sentences.Count > MaxSentencesPerArticle ? sentences[..MaxSentencesPerArticle] : sentences;
    }

    private static List<SummaryDocument> SummaryDocuments(IReadOnlyList<BriefSource> sources) =>
        sources.Select(s => new SummaryDocument(s.Article.Id, s.Article.Outlet.Name, SentencesOf(s.Article)) { CopyOf = s.CopyOf })
            .ToList();
}
