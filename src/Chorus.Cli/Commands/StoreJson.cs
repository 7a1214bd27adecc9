using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Chorus.Core.Rendering;
using Chorus.Core.Storage;

namespace Chorus.Cli.Commands;

/// <summary>JSON of the store commands: camelCase, top-level schemaVersion, UTC ISO-8601 times, byte-stable.</summary>
internal static class StoreJson
{
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = JsonOutput.Options(StoreJsonContext.Default, indented: true);

    public static string Stories(IReadOnlyList<StoryRow> rows) => JsonOutput.Document(
        new StoriesDto(SchemaVersion, rows.Select(r => new StoryDto(r.Id, r.Headline, r.IndependentSources, r.Articles, Iso(r.FirstSeen), Iso(r.LastSeen), r.Closed)).ToList()),
        Options);

    public static string Hits(string query, IReadOnlyList<SearchHit> hits) => JsonOutput.Document(
        new HitsDto(SchemaVersion, query, hits.Select(h => new HitDto(h.ArticleId, h.StoryId, h.Title, h.Outlet, h.Snippet)).ToList()),
        Options);

    private static string Iso(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

#pragma warning disable SA1649 // The DTOs are the JSON schema of the store commands; they live with their writer.
internal sealed record StoriesDto(int SchemaVersion, IReadOnlyList<StoryDto> Stories);

internal sealed record StoryDto(long Id, string Headline, int IndependentSources, int Articles, string FirstSeen, string LastSeen, bool Closed);

internal sealed record HitsDto(int SchemaVersion, string Query, IReadOnlyList<HitDto> Hits);

/// <summary>One search hit; an untitled article's title is written as null, not left out.</summary>
internal sealed record HitDto(string ArticleId, long StoryId, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Title, string Outlet, string Snippet);

[JsonSerializable(typeof(StoriesDto))]
[JsonSerializable(typeof(HitsDto))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
#pragma warning restore SA1649
