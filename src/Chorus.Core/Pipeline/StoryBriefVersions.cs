using System.Reflection;
using Chorus.Core.Briefs;
using Chorus.Core.Rendering;
using Chorus.Core.Storage;

namespace Chorus.Core.Pipeline;

/// <summary>What asking for a story's changes since a version found: the changes, or why there are none to show.</summary>
public sealed record ChangesLookup(BriefChanges? Changes, string? Problem, IReadOnlyList<int> Versions);

/// <summary>
/// A story's brief per story version (migration 5's <c>brief_versions</c>): the one for the current version read
/// from the store, or built from the story's stored articles and saved, the earlier ones kept; and "what changed
/// since version N" as <see cref="BriefDiff"/> over two of them. The server, <c>chorus show</c> and the feed
/// poller all go through here, so a version built by one is read by the others.
/// </summary>
public static class StoryBriefVersions
{
    /// <summary>Which build of Chorus made a brief: a brief saved by another build is rebuilt, since the pipeline may differ.</summary>
    public static readonly string BuiltBy = "chorus " + (typeof(BriefPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(BriefPipeline).Assembly.GetName().Version?.ToString() ?? "0");

    /// <summary>The brief of <paramref name="story"/> at its version, built from its articles; null when none of them yields one.</summary>
    public static StoredBrief? Build(StoryRow story, IReadOnlyList<StoredDocument> documents, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(documents);
        var run = BriefPipeline.Run(documents.Select(d => d.Raw).ToList());
        return run.Brief is null ? null : Of(story, run.Brief, run.Problems, now);
    }

    /// <summary>A brief built with the default options, as the version of <paramref name="story"/> it was built from.</summary>
    public static StoredBrief Of(StoryRow story, Brief brief, IReadOnlyList<Documents.InputProblem> problems, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(brief);
        return new StoredBrief(story.Id, story.Version, now, BuiltBy, BriefJson.Render(brief, problems), StoredBriefJson.Texts(BriefHtml.Texts(brief)));
    }

    /// <summary>Keeps <paramref name="built"/> unless the story changed while it was built (it is then filed under no version).</summary>
    public static bool Keep(IStoryStore store, StoredBrief built)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(built);
        return store.Story(built.StoryId)?.Version == built.Version && store.SaveBrief(built);
    }

    /// <summary>The stored brief of the story's current version, built and saved when missing or built by another build; null when there is no brief.</summary>
    public static StoredBrief? Current(IStoryStore store, long storyId)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Story(storyId) is not { } story)
        {
            return null;
        }

        var stored = store.Brief(story.Id, story.Version);
        if (stored is not null && stored.BuiltBy == BuiltBy)
        {
            return stored;
        }

        var built = Build(story, store.StoryDocuments(story.Id), DateTime.UtcNow);

        // Saved only when no ingest changed the story while it was built: a brief is filed under the version whose
        // articles it was built from.
        if (built is not null)
        {
            Keep(store, built);
        }

        return built ?? stored;
    }

    /// <summary>
    /// Saves the current version's brief of each story that already has a saved one: a story someone has read (in
    /// the browser, its Atom feed, <c>chorus show</c>) keeps a brief per version as it changes, so "changes since"
    /// and the story's feed have every version; a story nobody opened costs no brief until it is.
    /// </summary>
    public static int Refresh(IStoryStore store, IEnumerable<long> storyIds) =>
        Due(store, storyIds).Count(id => Current(store, id) is not null);

    /// <summary>The stories among <paramref name="storyIds"/> that have a saved brief, but none of their current version.</summary>
    public static IReadOnlyList<long> Due(IStoryStore store, IEnumerable<long> storyIds)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(storyIds);
        return storyIds.Distinct()
            .Where(id => store.Story(id) is { } story && store.Brief(id, story.Version) is null && store.BriefVersions(id).Count > 0)
            .ToList();
    }

    /// <summary>What changed in the story's brief from version <paramref name="since"/> to the current one.</summary>
    public static ChangesLookup Changes(IStoryStore store, long storyId, int since)
    {
        ArgumentNullException.ThrowIfNull(store);
        var current = Current(store, storyId);
        var versions = store.BriefVersions(storyId);
        if (current is null)
        {
            return new ChangesLookup(null, $"story {storyId} has no brief", versions);
        }

        if (since < 1 || since > current.Version)
        {
            return new ChangesLookup(null, $"version {since}: the story is at version {current.Version}", versions);
        }

        if (store.Brief(storyId, since) is not { } older)
        {
            return new ChangesLookup(null, $"version {since}: no brief of it was kept (kept: {Kept(versions)})", versions);
        }

        return new ChangesLookup(BriefDiff.Between(storyId, since, StoredBriefJson.Brief(older.BriefJson), current.Version, StoredBriefJson.Brief(current.BriefJson)), null, versions);
    }

    /// <summary>The change from each kept version to the next kept one, newest first (the story's Atom feed).</summary>
    public static IReadOnlyList<(StoredBrief Brief, BriefChanges? Changes)> History(IStoryStore store, long storyId, int limit)
    {
        ArgumentNullException.ThrowIfNull(store);
        var versions = store.BriefVersions(storyId).Take(limit + 1).ToList();
        var briefs = versions.Select(v => store.Brief(storyId, v)).OfType<StoredBrief>().ToList();
        return briefs.Take(limit).Select((brief, i) => (brief, i + 1 < briefs.Count
            ? BriefDiff.Between(storyId, briefs[i + 1].Version, StoredBriefJson.Brief(briefs[i + 1].BriefJson), brief.Version, StoredBriefJson.Brief(brief.BriefJson))
            : null)).ToList();
    }

    private static string Kept(IReadOnlyList<int> versions) =>
        versions.Count == 0 ? "none" : string.Join(", ", versions.OrderBy(v => v).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
