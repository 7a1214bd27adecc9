using Chorus.Core.Rendering;
using Chorus.Core.Storage;

namespace Chorus.Web.Briefs;

/// <summary>
/// One version of a story's brief as the server shows it: the brief's JSON (byte for byte what
/// <c>chorus show --format json</c> writes), its parsed form, the cleaned source texts its spans point into, the
/// rendered body of the story page, and why the articles are one story.
/// </summary>
public sealed record StoryBrief(StoryRow Story, StoredBrief Stored, BriefDto Brief, IReadOnlyDictionary<string, string> Texts, string BodyHtml, StoryExplanation Why) : BriefLookup
{
    /// <summary>What a cache entry costs, in characters held (the texts dominate).</summary>
    public long Size => Stored.BriefJson.Length + Stored.TextsJson.Length + BodyHtml.Length;
}

/// <summary>A story that exists but none of whose articles yields a brief any more (cleaning rules changed since ingest).</summary>
public sealed record NoBrief(StoryRow Story, int Articles) : BriefLookup;

/// <summary>What looking up a story's brief found: <see cref="StoryBrief"/> or <see cref="NoBrief"/>.</summary>
public abstract record BriefLookup;
