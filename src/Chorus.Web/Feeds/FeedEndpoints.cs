using System.Text.Json;
using System.Text.Json.Serialization;
using Chorus.Core.Feeds;
using Chorus.Core.Rendering;
using Chorus.Core.Storage;
using Chorus.Web.Api;
using Chorus.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chorus.Web.Feeds;

/// <summary>
/// Subscriptions in the JSON API: list them and export OPML openly; subscribe and unsubscribe with the API key. The
/// same store calls as <c>chorus feeds</c>.
/// </summary>
public static class FeedEndpoints
{
    private const string Json = "application/json; charset=utf-8";

    /// <summary>The settings of every JSON output over this file's types; requests are read case-insensitively.</summary>
    private static readonly JsonSerializerOptions Options = new(JsonOutput.Options(FeedJsonContext.Default, indented: true)) { PropertyNameCaseInsensitive = true };

    public static void MapFeedsApi(this IEndpointRouteBuilder app, ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var api = app.MapGroup("/api/v1/feeds").WithTags("Feeds");

        api.MapGet("", (StorePool pool) => Results.Text(Write(new FeedsDto(WebJson.SchemaVersion, pool.Read(s => s.Feeds()).Select(Dto).ToList())), Json))
            .WithSummary("The subscriptions: last and next fetch, items taken, the last error")
            .Produces<FeedsDto>(contentType: "application/json");

        app.MapGet("/api/v1/feeds.opml", (StorePool pool) => Results.Text(Opml.Write(pool.Read(s => s.Feeds()).Select(f => new FeedSubscription(f.Url, f.Title, f.Category)), DateTimeOffset.UtcNow), "text/x-opml; charset=utf-8"))
            .WithTags("Feeds").WithSummary("The subscriptions as an OPML 2.0 file");

        api.MapPost("", async (HttpRequest request, CancellationToken cancellation) =>
        {
            FeedRequest? asked;
            try
            {
                asked = (FeedRequest?)await JsonSerializer.DeserializeAsync(request.Body, typeof(FeedRequest), Options, cancellation);
            }
            catch (JsonException e)
            {
                return BadRequest($"the body is not a JSON object {{url, title, category}}: {e.Message}");
            }

            if (asked?.Url is not { } url || !FeedUrl.IsValid(url))
            {
                return BadRequest($"url: \"{asked?.Url}\" is not an http or https URL");
            }

            using var store = StoreLocation.Open(options.DbPath);
            var (feed, added) = store.AddFeed(new FeedSubscription(url, asked.Title, asked.Category), options.FeedPolling.DefaultInterval, DateTime.UtcNow);
            return Results.Text(Write(Dto(feed)), Json, statusCode: added ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        })
        .AddEndpointFilter(new ApiKeyFilter(options.ApiKey))
        .RequireRateLimiting(ApiEndpoints.WritePolicy)
        .WithSummary("Subscribe to a feed ({url, title, category}); 200 when already subscribed; needs the API key")
        .Produces<FeedDto>(StatusCodes.Status201Created, "application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapDelete("/{id:long}", (long id) =>
        {
            using var store = StoreLocation.Open(options.DbPath);
            return store.RemoveFeed(id)
                ? Results.NoContent()
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"feed {id} is not subscribed");
        })
        .AddEndpointFilter(new ApiKeyFilter(options.ApiKey))
        .RequireRateLimiting(ApiEndpoints.WritePolicy)
        .WithSummary("Unsubscribe (the articles already taken stay); needs the API key")
        .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    public static FeedDto Dto(FeedRow feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return new(feed.Id, feed.Url, feed.Title, feed.Category, feed.LastFetch is { } f ? WebJson.Iso(f) : null, feed.LastStatus,
            WebJson.Iso(feed.NextFetch), (long)feed.Interval.TotalSeconds, feed.Items, feed.Failures, FeedText.Problem(feed));
    }

    private static string Write<T>(T dto) => JsonSerializer.Serialize(dto, Options) + "\n";

    private static IResult BadRequest(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);
}

/// <summary>A subscription asked for over the API.</summary>
public sealed record FeedRequest(string? Url, string? Title, string? Category);

/// <summary>The subscriptions, as <c>chorus feeds list --format json</c> writes them.</summary>
public sealed record FeedsDto(int SchemaVersion, IReadOnlyList<FeedDto> Feeds);

/// <summary>One subscription; the error is the last fetch's, in words.</summary>
public sealed record FeedDto(long Id, string Url, string? Title, string? Category, string? LastFetch, string? LastStatus, string NextFetch, long IntervalSeconds, int Items, int Failures, string? Error);

[JsonSerializable(typeof(FeedRequest))]
[JsonSerializable(typeof(FeedsDto))]
[JsonSerializable(typeof(FeedDto))]
internal sealed partial class FeedJsonContext : JsonSerializerContext;
