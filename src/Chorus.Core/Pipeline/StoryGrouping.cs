using Chorus.Core.Clustering;
using Chorus.Core.Documents;

namespace Chorus.Core.Pipeline;

/// <summary>
/// Groups the articles of one brief run into stories with the clusterer <c>chorus ingest</c> uses, fed the way the
/// ingest pipeline feeds it: the same cluster documents (<see cref="BatchPreparer.ClusterDocumentOf"/>), in order of
/// publication (input order among equals), undated articles last.
/// </summary>
internal static class StoryGrouping
{
    /// <summary>The stories, largest first (most articles, then most independent of copies, then the one read first); each story's articles in input order.</summary>
    public static List<List<Article>> Group(IReadOnlyList<Article> articles, ClusteringOptions options)
    {
        if (articles.Count < 2)
        {
            return [articles.ToList()];
        }

        // Ingest gives an undated article the ingest time, after everything already published. A brief must give the
        // same bytes on every run, so it takes the latest stated time instead: still after every dated article.
        var undatedTime = articles.Select(a => a.Published?.Instant).OfType<DateTime>().DefaultIfEmpty(DateTime.UnixEpoch).Max();
        var documents = articles.Select((article, order) => (Document: BatchPreparer.ClusterDocumentOf(article, undatedTime), Order: order)).ToList();
        var clusterer = new StreamClusterer(options);
        var assignments = documents
            .OrderBy(d => d.Document.TimeIsKnown ? 0 : 1).ThenBy(d => d.Document.Time).ThenBy(d => d.Order)
            .Select(d => (d.Order, Assignment: clusterer.Add(d.Document)))
            .ToList();

        var storyOf = assignments.ToDictionary(a => a.Order, a => clusterer.Resolve(a.Assignment.StoryId));
        var copies = assignments.Where(a => a.Assignment.Kind == JoinKind.Copy).Select(a => a.Order).ToHashSet();
        return storyOf
            .GroupBy(kv => kv.Value)
            .Select(g => g.Select(kv => kv.Key).Order().ToList())
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.Count(i => !copies.Contains(i)))
            .ThenBy(g => g[0])
            .Select(g => g.Select(i => articles[i]).ToList())
            .ToList();
    }
}
