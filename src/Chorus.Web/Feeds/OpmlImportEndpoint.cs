using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Chorus.Core.Feeds;
using Chorus.Core.Rendering;
using Chorus.Core.Storage;
using Chorus.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chorus.Web.Feeds;

/// <summary>
/// <c>POST /api/v1/feeds.opml</c> with the API key: subscribes to every feed of the OPML file in the body (nested
/// outlines become categories), as <c>chorus feeds import</c> does. An outline whose URL is not http(s) is named
/// and skipped; the others are subscribed.
/// </summary>
public static class OpmlImportEndpoint
{
    private const string Json = "application/json; charset=utf-8";

    private static readonly JsonSerializerOptions Options = JsonOutput.Options(OpmlImportJsonContext.Default, indented: true);

    public static void MapOpmlImport(this IEndpointRouteBuilder app, ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        app.MapPost("/api/v1/feeds.opml", async (HttpRequest request, CancellationToken cancellation) =>
        {
            var body = await ArticleUpload.ReadBodyAsync(request, options.Limits.MaxWriteBodyBytes, cancellation);
            if (body is null)
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, "Too large", $"the OPML file is over {options.Limits.MaxWriteBodyBytes} bytes");
            }

            var read = Opml.Read("the request body", Encoding.UTF8.GetString(body));
            if (!read.TryGetValue(out var feeds))
            {
                return Problem(StatusCodes.Status400BadRequest, "Bad request", read.Problem!.Message);
            }

            var skipped = feeds.Where(f => !FeedUrl.IsValid(f.Url)).Select(f => new SkippedDto(f.Url, "not an http or https URL")).ToList();
            var subscribed = new List<FeedDto>();
            var added = 0;
            using (var store = StoreLocation.Open(options.DbPath))
            {
                foreach (var subscription in feeds.Where(f => FeedUrl.IsValid(f.Url)))
                {
                    var (feed, isNew) = store.AddFeed(subscription, options.FeedPolling.DefaultInterval, DateTime.UtcNow);
                    added += isNew ? 1 : 0;
                    subscribed.Add(FeedEndpoints.Dto(feed));
                }
            }

            var result = new OpmlImportDto(WebJson.SchemaVersion, added, subscribed.Count - added, subscribed, skipped);
            return Results.Text(JsonSerializer.Serialize(result, Options) + "\n", Json, statusCode: subscribed.Count == 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
        })
        .AddEndpointFilter(new ApiKeyFilter(options.ApiKey))
        .RequireRateLimiting(ApiEndpoints.WritePolicy)
        .WithTags("Feeds")
        .WithSummary("Subscribe to every feed of an OPML file (the body; nested outlines become categories); needs the API key")
        .Accepts<string>("text/x-opml", "application/xml", "text/xml")
        .Produces<OpmlImportDto>(contentType: "application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}

/// <summary>What an OPML import did: feeds newly subscribed, those already subscribed, every subscribed feed, and the outlines skipped.</summary>
public sealed record OpmlImportDto(int SchemaVersion, int Added, int AlreadySubscribed, IReadOnlyList<FeedDto> Feeds, IReadOnlyList<SkippedDto> Skipped);

/// <summary>An outline of the file that was not subscribed, and why.</summary>
public sealed record SkippedDto(string Url, string Reason);

[JsonSerializable(typeof(OpmlImportDto))]
internal sealed partial class OpmlImportJsonContext : JsonSerializerContext;
