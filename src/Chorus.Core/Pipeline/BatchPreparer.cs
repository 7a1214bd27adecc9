using Chorus.Core.Clustering;
using Chorus.Core.Documents;
using Chorus.Core.Extraction;

namespace Chorus.Core.Pipeline;

/// <summary>An article of a prepared batch with what clustering and the store need from its text alone.</summary>
internal sealed record PreparedArticle(Article Article, RawDocument Raw, DateTime Time, bool Undated, PreparedDocument Prepared, IReadOnlyList<Sentence> Sentences);

/// <summary>A batch (the documents ingested in one transaction) cleaned and prepared, not yet compared with the store or clustered.</summary>
internal sealed record PreparedBatch(int Documents, IReadOnlyList<PreparedArticle> Articles, IReadOnlyList<InputProblem> Problems, DateTime IngestedUtc)
{
    /// <summary>Stored articles that documents of the batch are new versions of (<see cref="RawDocument.ReplacesArticle"/>).</summary>
    public IReadOnlyList<ArticleReplacement> Replacements { get; init; } = [];
}

/// <summary>The stored article <paramref name="OldArticle"/> gives way to the article read from <paramref name="Origin"/>.</summary>
internal sealed record ArticleReplacement(string OldArticle, string Origin);

/// <summary>
/// The pure half of ingest: cleans a batch with the brief's <see cref="ArticleReader"/>, counts an article whose
/// text came earlier in the batch once, and prepares every article for the clusterer (terms, entities, shingles,
/// sentences). It reads no state, so the next batch can be read while the previous one is clustered and stored.
/// </summary>
internal static class BatchPreparer
{
    /// <summary>Below this many documents a batch is cleaned on one thread: splitting costs more than it saves.</summary>
    private const int ParallelCleanMinimum = 64;

    /// <summary>
    /// Prepares a batch on at most <paramref name="threads"/> threads, reading HTML pages with <paramref name="extraction"/>
    /// (the brief's <see cref="BriefOptions.Extraction"/>, so a page ingested reads as it does in a brief).
    /// </summary>
    public static PreparedBatch Prepare(IReadOnlyList<RawDocument> documents, DateTime ingestedUtc, Func<ClusterDocument, PreparedDocument> prepare, int threads, ExtractionOptions? extraction = null)
    {
        var problems = new List<InputProblem>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };
        var articles = CleanInParallel(documents, problems, parallel, extraction ?? new ExtractionOptions());
        var rawByOrigin = new Dictionary<string, RawDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            rawByOrigin.TryAdd(document.Origin, document);
        }

        var read = new PreparedArticle[articles.Count];
        Parallel.For(0, articles.Count, parallel, i =>
        {
            var article = articles[i];
            var document = ClusterDocumentOf(article, ingestedUtc);
            read[i] = new PreparedArticle(article, rawByOrigin[article.Origin], document.Time, !document.TimeIsKnown, prepare(document), BriefPipeline.SentencesOf(article));
        });

        return new PreparedBatch(documents.Count, read, problems, ingestedUtc);
    }

    /// <summary>What the clusterer reads of an article; an undated one takes <paramref name="undatedTime"/>, marked as not its own.</summary>
    public static ClusterDocument ClusterDocumentOf(Article article, DateTime undatedTime)
    {
        var published = PublishedTime(article.Published);
        return new ClusterDocument(article.Id, article.Title, article.Text, published ?? undatedTime) { Outlet = article.Outlet.Name, TimeIsKnown = published is not null };
    }

    /// <summary>The instant an article counts as published: its stated date and time (midnight UTC for a bare date).</summary>
    public static DateTime? PublishedTime(ArticleDate? published) => published?.Instant;

    /// <summary>One part of the batch per thread: cleaning is the slowest pure stage and single-threaded.</summary>
    private static List<Article> CleanInParallel(IReadOnlyList<RawDocument> documents, List<InputProblem> problems, ParallelOptions parallel, ExtractionOptions extraction)
    {
        var threads = parallel.MaxDegreeOfParallelism;
        var parts = documents.Count < ParallelCleanMinimum || threads == 1
            ? [documents.ToArray()]
            : documents.Chunk((documents.Count + threads - 1) / threads).ToArray();
        var results = new (List<Article> Articles, List<InputProblem> Problems)[parts.Length];
        Parallel.For(0, parts.Length, parallel, i =>
        {
            var partProblems = new List<InputProblem>();
            results[i] = (ArticleReader.ReadAll(parts[i], partProblems, extraction), partProblems);
        });

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var articles = new List<Article>();
        foreach (var (partArticles, partProblems) in results)
        {
            problems.AddRange(partProblems);
            foreach (var article in partArticles)
            {
                if (seen.TryGetValue(article.Id, out var first))
                {
                    problems.Add(new InputProblem(article.Origin, $"same text as {first}; counted once"));
                }
                else
                {
                    seen[article.Id] = article.Origin;
                    articles.Add(article);
                }
            }
        }

        return articles;
    }
}
