using Chorus.Core.Briefs;
using Chorus.Core.Storage;

namespace Chorus.Core.Pipeline;

/// <summary>
/// Search hits named as their story's brief names them: the label (S1, S1a…) and outlet <c>chorus show</c> gives each
/// article. <c>chorus search</c> and the web API both use it, so a hit reads the same everywhere.
/// </summary>
public static class SearchHitSources
{
    /// <summary>
    /// Each hit's source in its story's brief, by article id; an article that yields no brief source is absent.
    /// <paramref name="storySources"/> gives one story's sources (e.g. from a cache); by default <see cref="OfStory"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, BriefSource> Of(IStoryStore store, IEnumerable<SearchHit> hits,
        Func<long, IReadOnlyDictionary<string, BriefSource>>? storySources = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(hits);
        storySources ??= storyId => OfStory(store, storyId);
        var sources = new Dictionary<string, BriefSource>(StringComparer.Ordinal);
        foreach (var storyId in hits.Select(h => h.StoryId).Distinct())
        {
            foreach (var (articleId, source) in storySources(storyId))
            {
                sources[articleId] = source;
            }
        }

        return sources;
    }

    /// <summary>Every article of one story as a source of its brief, by article id (reads and cleans the story's articles).</summary>
    public static IReadOnlyDictionary<string, BriefSource> OfStory(IStoryStore store, long storyId)
    {
        ArgumentNullException.ThrowIfNull(store);
        var documents = store.StoryDocuments(storyId);
        var byOrigin = BriefPipeline.SourcesByOrigin(documents.Select(d => d.Raw).ToList());
        var sources = new Dictionary<string, BriefSource>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (byOrigin.TryGetValue(document.Raw.Origin, out var source))
            {
                sources[document.ArticleId] = source;
            }
        }

        return sources;
    }

    /// <summary>The hits with each outlet as the brief gives it.</summary>
    public static IReadOnlyList<SearchHit> WithBriefOutlets(IEnumerable<SearchHit> hits, IReadOnlyDictionary<string, BriefSource> sources) =>
        [.. hits.Select(h => sources.TryGetValue(h.ArticleId, out var s) ? h with { Outlet = s.Article.Outlet.Name } : h)];
}
