using Chorus.Core.Cleaning;
using Chorus.Core.Documents;
using Chorus.Core.Extraction;
using Chorus.Core.Metadata;

namespace Chorus.Core.Pipeline;

/// <summary>Turns raw documents into clean articles, reporting the ones that yield nothing usable.</summary>
internal static class ArticleReader
{
    /// <summary>An article needs at least this many words of body text to be worth reading.</summary>
    private const int MinBodyWords = 20;

    /// <summary>Reads every document (text scrapes cleaned together, HTML pages extracted with <paramref name="extraction"/>), in input order.</summary>
    public static List<Article> ReadAll(IReadOnlyList<RawDocument> documents, List<InputProblem> problems, ExtractionOptions? extraction = null)
    {
        var plain = documents.Where(d => d.Kind == ContentKind.PlainText).ToList();
        var cleaned = TextScrapeCleaner.CleanAll(plain);
        var nextPlain = 0;
        var inOrder = new List<Article>();
        foreach (var document in documents)
        {
            if (document.Kind == ContentKind.PlainText)
            {
                inOrder.Add(cleaned[nextPlain++]);
            }
            else if (HtmlNesting.EstimateDepth(document.Content) > HtmlNesting.MaxDepth)
            {
                problems.Add(new InputProblem(document.Origin, $"the page nests elements more than {HtmlNesting.MaxDepth} deep; not an article page, skipped"));
            }
            else
            {
                inOrder.Add(HtmlArticleBuilder.Build(document, extraction));
            }
        }

        var articles = new List<Article>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var fetched = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => d.FetchedAt is not null))
        {
            fetched.TryAdd(document.Origin, document.FetchedAt!.Value.UtcDateTime);
        }

        var now = DateTime.UtcNow;
        foreach (var read in inOrder)
        {
            var article = read;
            if (article.Published is { } published && PlausibleDates.Refusal(published, fetched.GetValueOrDefault(article.Origin, now)) is { } refusal)
            {
                problems.Add(new InputProblem(article.Origin, refusal + "; the date is dropped and the article counts as undated"));
                article = article with { Published = null };
            }

            var words = article.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
            if (words < MinBodyWords)
            {
                problems.Add(new InputProblem(article.Origin, $"only {words} words of article text after cleaning; skipped"));
            }
            else if (seen.TryGetValue(article.Id, out var first))
            {
                problems.Add(new InputProblem(article.Origin, $"same text as {first}; counted once"));
            }
            else
            {
                seen[article.Id] = article.Origin;
                articles.Add(article);
            }
        }

        return articles;
    }
}
