using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Chorus.Core.Feeds;
using Chorus.Core.Rendering;
using Chorus.Core.Storage;

namespace Chorus.Cli.Commands;

/// <summary>JSON of the feeds commands: the same conventions as <see cref="StoreJson"/>.</summary>
internal static class FeedsJson
{
    private static readonly JsonSerializerOptions Options = JsonOutput.Options(FeedsJsonContext.Default, indented: true);

    public static string Feeds(IEnumerable<FeedRow> rows) => JsonOutput.Document(new FeedsDto(StoreJson.SchemaVersion, rows.Select(Feed).ToList()), Options);

    public static string Poll(FeedPollSummary summary) => JsonOutput.Document(
        new PollDto(StoreJson.SchemaVersion, summary.Feeds.Count, summary.NotModified, summary.Failed, summary.NewItems, summary.ArticlesAdded, summary.PagesFetched,
            summary.Feeds.Select(f => new PolledFeedDto(f.FeedId, f.Url, f.Status, f.NewItems, f.ArticlesAdded, f.PagesFetched, f.Error, Iso(f.NextFetch)) { ArticlesReplaced = f.ArticlesReplaced }).ToList())
        {
            ArticlesReplaced = summary.ArticlesReplaced,
        },
        Options);

    public static FeedDto Feed(FeedRow r) => new(r.Id, r.Url, r.Title, r.Category, r.LastFetch is { } f ? Iso(f) : null, r.LastStatus, Iso(r.NextFetch),
        (long)r.Interval.TotalSeconds, r.Items, r.Failures, r.Error);

    private static string Iso(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

#pragma warning disable SA1649 // The DTOs are the JSON schema of the feeds commands; they live with their writer.
internal sealed record FeedsDto(int SchemaVersion, IReadOnlyList<FeedDto> Feeds);

/// <summary>One subscription; absent values are written as null so every feed has the same fields.</summary>
internal sealed record FeedDto(
    long Id,
    string Url,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Category,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? LastFetch,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? LastStatus,
    string NextFetch,
    long IntervalSeconds,
    int Items,
    int Failures,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Error);

internal sealed record PollDto(int SchemaVersion, int Feeds, int NotModified, int Failed, int NewItems, int ArticlesAdded, int PagesFetched, IReadOnlyList<PolledFeedDto> Polled)
{
    /// <summary>Articles replaced by the new version of a changed item.</summary>
    public int ArticlesReplaced { get; init; }
}

internal sealed record PolledFeedDto(long Id, string Url, string Status, int NewItems, int ArticlesAdded, int PagesFetched,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Error, string NextFetch)
{
    public int ArticlesReplaced { get; init; }
}

[JsonSerializable(typeof(FeedsDto))]
[JsonSerializable(typeof(PollDto))]
internal sealed partial class FeedsJsonContext : JsonSerializerContext;
#pragma warning restore SA1649
