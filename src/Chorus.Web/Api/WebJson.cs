using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Chorus.Core.Rendering;
using Chorus.Core.Storage;

namespace Chorus.Web;

/// <summary>
/// The JSON the server writes and reads, as the CLI writes it: camelCase, a top-level <c>schemaVersion</c>, nulls
/// left out, UTC ISO-8601 times, text as UTF-8, "\n" line ends. Story and hit items have the shapes of
/// <c>chorus stories</c> and <c>chorus search</c> with <c>--format json</c>; a brief is the CLI's brief JSON itself.
/// </summary>
public static class WebJson
{
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = WebJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<T>(T dto) => JsonSerializer.Serialize(dto, Options) + "\n";

    /// <summary>A brief read back from its stored JSON.</summary>
    public static BriefDto Brief(string json) =>
        JsonSerializer.Deserialize<BriefDto>(json, Options) ?? throw new JsonException("a stored brief is empty");

    public static string Texts(IReadOnlyDictionary<string, string> texts) =>
        JsonSerializer.Serialize(texts.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal), Options);

    public static IReadOnlyDictionary<string, string> Texts(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? [];

    public static string Iso(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static StoryItemDto Story(StoryRow row) =>
        new(row.Id, row.Headline, row.IndependentSources, row.Articles, Iso(row.FirstSeen), Iso(row.LastSeen), row.Closed);

    public static HitDto Hit(SearchHit hit, string? source) => new(hit.ArticleId, hit.StoryId, hit.Title, hit.Outlet, hit.Snippet) { Source = source };
}

#pragma warning disable SA1649 // The DTOs are the API's JSON schema; they live with their writer.

/// <summary>A story as <c>chorus stories --format json</c> lists it.</summary>
public sealed record StoryItemDto(long Id, string Headline, int IndependentSources, int Articles, string FirstSeen, string LastSeen, bool Closed);

/// <summary>A page of the story list: the CLI's list plus where the page is in the whole.</summary>
public sealed record StoriesPageDto(int SchemaVersion, IReadOnlyList<StoryItemDto> Stories, int Total, int Offset, int Limit);

/// <summary>One search hit as <c>chorus search --format json</c> writes it; an untitled article's title is null, not left out.</summary>
public sealed record HitDto(string ArticleId, long StoryId, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Title, string Outlet, string Snippet)
{
    /// <summary>The article's label in its story's brief (as <c>chorus show</c> writes it); absent when the article yields no brief.</summary>
    public string? Source { get; init; }
}

/// <summary>A story with articles matching a search.</summary>
public sealed record StoryHitDto(StoryItemDto Story, int MatchingArticles);

/// <summary>Search results: the CLI's hits, the stories they belong to, and whether more hits follow.</summary>
public sealed record SearchResultsDto(int SchemaVersion, string Query, IReadOnlyList<HitDto> Hits, IReadOnlyList<StoryHitDto> Stories, int Offset, bool More);

/// <summary>A stored article: its cleaned text (as the story's brief reads it) and the boilerplate removed from it, with each line's rule.</summary>
public sealed record ArticleDto(int SchemaVersion, string Id, long StoryId, string? Label, string? Title, string Outlet, string Published, bool PublishedIsIngestTime, string? Url, string Origin, string Text, IReadOnlyList<RemovedLineDto> Removed);

/// <summary>Where one posted article went.</summary>
public sealed record PlacedDto(string Origin, string ArticleId, long StoryId);

/// <summary>What a write request did.</summary>
public sealed record IngestResultDto(int SchemaVersion, int Documents, int Added, int AlreadyStored, int Copies, int NewStories, IReadOnlyList<PlacedDto> Articles, IReadOnlyList<ProblemDto> Problems);

public sealed record HealthDto(string Status, long Articles, long Stories);

[JsonSerializable(typeof(StoriesPageDto))]
[JsonSerializable(typeof(SearchResultsDto))]
[JsonSerializable(typeof(ArticleDto))]
[JsonSerializable(typeof(IngestResultDto))]
[JsonSerializable(typeof(HealthDto))]
[JsonSerializable(typeof(BriefDto))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
#pragma warning restore SA1649
