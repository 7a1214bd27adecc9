using Chorus.Core.Briefs;
using Chorus.Core.Storage;

namespace Chorus.Core.Pipeline;

/// <summary>
/// Search hits named as their story's brief names them: the label (S1, S1a…) and outlet <c>chorus show</c> gives each
/// article. <c>chorus search</c> and the web API both use it, so a hit reads the same everywhere.
/// </summary>
public static class SearchHitSources
{
    /// <summary>Each hit's source in its story's brief, by article id; an article that yields no brief source is absent.</summary>
    public static IReadOnlyDictionary<string, BriefSource> Of(IStoryStore store, IEnumerable<SearchHit> hits)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(hits);
        var sources = new Dictionary<string, BriefSource>(StringComparer.Ordinal);
        foreach (var storyId in hits.Select(h => h.StoryId).Distinct())
        {
            var documents = store.StoryDocuments(storyId);
            var byOrigin = BriefPipeline.SourcesByOrigin(documents.Select(d => d.Raw).ToList());
            foreach (var document in documents)
            {
                if (byOrigin.TryGetValue(document.Raw.Origin, out var source))
                {
                    sources[document.ArticleId] = source;
                }
            }
        }

        return sources;
    }

    /// <summary>The hits with each outlet as the brief gives it.</summary>
    public static IReadOnlyList<SearchHit> WithBriefOutlets(IEnumerable<SearchHit> hits, IReadOnlyDictionary<string, BriefSource> sources) =>
        [.. hits.Select(h => sources.TryGetValue(h.ArticleId, out var s) ? h with { Outlet = s.Article.Outlet.Name } : h)];
}
