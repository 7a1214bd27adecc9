using Chorus.Core.Briefs;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace Chorus.Web.Store;

/// <summary>
/// Full-text searches and their hits' brief sources, each computed once per state of the store: results are filed
/// under the latest stored article, so a store that gains articles answers afresh, and a story's sources under its
/// version. Readers repeating a popular query cost one lookup.
/// </summary>
public sealed class SearchService(StorePool pool, IMemoryCache memory)
{
    /// <summary>How long an unused result is kept: a search is repeated within minutes if at all.</summary>
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(5);

    public SearchResults Find(SearchQuery query, SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = (nameof(Find), query.FtsMatch, request, pool.Read(s => s.LatestArticleSeq()));
        return Cached(key, () => pool.Read(s => s.Search(query, request)));
    }

    /// <summary>Each hit's source in its story's brief (<see cref="SearchHitSources"/>), by article id.</summary>
    public IReadOnlyDictionary<string, BriefSource> Sources(IReadOnlyList<SearchHit> hits) =>
        pool.Read(store => SearchHitSources.Of(store, hits, storyId =>
        {
            var version = store.Story(storyId)?.Version ?? 0;
            return Cached((nameof(Sources), storyId, version), () => SearchHitSources.OfStory(store, storyId));
        }));

    private T Cached<TKey, T>(TKey key, Func<T> compute)
        where TKey : notnull
        where T : class
    {
        if (memory.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = compute();
        memory.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unused, Priority = CacheItemPriority.Low });
        return value;
    }
}
