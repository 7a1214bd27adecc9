using System.Collections.Concurrent;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Chorus.Core.Storage;
using Chorus.Web.Store;
using Microsoft.Extensions.Caching.Memory;

namespace Chorus.Web.Briefs;

/// <summary>
/// A story's brief, built once per story version: from memory when this server rendered it already, from the
/// store's <c>brief_versions</c> when any server built it, otherwise by <see cref="BriefPipeline"/> on the story's
/// stored articles (exactly what <c>chorus show</c> runs) and then saved. A story that gains articles gets a new
/// version and so a new brief; the old one stays in the store.
/// </summary>
public sealed class BriefService(StorePool pool, IMemoryCache memory)
{
    private readonly ConcurrentDictionary<(long, int), Lazy<BriefLookup>> building = new();

    /// <summary>The story's brief (<see cref="StoryBrief"/>), <see cref="NoBrief"/>, or null when there is no such story.</summary>
    public BriefLookup? Get(long storyId)
    {
        var story = pool.Read(s => s.Story(storyId));
        if (story is null)
        {
            return null;
        }

        var key = (story.Id, story.Version);
        if (memory.TryGetValue(key, out StoryBrief? cached) && cached is not null)
        {
            return cached;
        }

        // Readers asking for the same version at once wait for one build.
        var build = building.GetOrAdd(key, _ => new Lazy<BriefLookup>(() => Load(story), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            var result = build.Value;
            if (result is StoryBrief brief)
            {
                memory.Set(key, brief, new MemoryCacheEntryOptions { Size = 1 });
            }

            return result;
        }
        finally
        {
            building.TryRemove(key, out _);
        }
    }

    /// <summary>
    /// What changed in the story's brief since version <paramref name="since"/>: null when there is no such story.
    /// The current version's brief is built (and kept) first, as for the story page.
    /// </summary>
    public ChangesLookup? Changes(long storyId, int since) =>
        Get(storyId) is null ? null : pool.Read(s => StoryBriefVersions.Changes(s, storyId, since));

    /// <summary>The versions of the story that have a kept brief, newest first.</summary>
    public IReadOnlyList<int> Versions(long storyId) => pool.Read(s => s.BriefVersions(storyId));

    /// <summary>The Markdown of the story's brief, built afresh as <c>chorus show</c> builds it (Markdown renders from the full brief).</summary>
    public string? Markdown(long storyId)
    {
        var documents = pool.Read(s => s.StoryDocuments(storyId));
        var run = BriefPipeline.Run(documents.Select(d => d.Raw).ToList());
        return run.Brief is null ? null : BriefMarkdown.Render(run.Brief, run.Problems, new MarkdownOptions());
    }

    private BriefLookup Load(StoryRow story)
    {
        var stored = pool.Read(s => s.Brief(story.Id, story.Version));
        if (stored is null || stored.BuiltBy != StoryBriefVersions.BuiltBy)
        {
            var documents = pool.Read(s => s.StoryDocuments(story.Id));
            stored = StoryBriefVersions.Build(story, documents, DateTime.UtcNow);
            if (stored is null)
            {
                return new NoBrief(story, documents.Count);
            }

            // Saved only when no ingest changed the story while it was built: a brief is filed under the version
            // whose articles it was built from.
            var toSave = stored;
            pool.Read(s => s.Story(story.Id)?.Version == story.Version && s.SaveBrief(toSave));
        }

        var brief = WebJson.Brief(stored.BriefJson);
        var texts = WebJson.Texts(stored.TextsJson);
        var members = pool.Read(s => s.StoryMembers(story.Id));
        var why = StoryExplanation.Explain(brief, texts, members, terms => pool.Read(s => s.TermFrequencies(terms)));
        var body = BriefHtml.Body(brief, texts, new BriefHtmlOptions { ArticleLink = ArticleLink });
        return new StoryBrief(story, stored, brief, texts, body, why);
    }

    /// <summary>An article's page, at the character offset of a span when one is given.</summary>
    public static string ArticleLink(string articleId, int? at) =>
        "/articles/" + Uri.EscapeDataString(articleId) + (at is { } offset ? "#at-" + offset.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
}
