using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Chorus.Core.Storage;
using Chorus.Web.Briefs;
using Chorus.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace Chorus.Web.Api;

/// <summary>
/// The JSON API under <c>/api/v1</c>: reads are open, the one write needs the API key and is rate limited. Every
/// endpoint calls the same store, brief and ingest code as the CLI and the pages. Errors are problem details.
/// </summary>
public static class ApiEndpoints
{
    public const string WritePolicy = "writes";

    private const string Json = "application/json; charset=utf-8";

    public static void MapChorusApi(this IEndpointRouteBuilder app, ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var api = app.MapGroup("/api/v1").WithTags("Chorus");

        api.MapGet("/stories", (HttpRequest request, StorePool pool) =>
        {
            var (parameters, problem) = ListParameters.Read(request.Query, options.Limits.StoriesPerPage);
            if (parameters is null)
            {
                return BadRequest(problem!);
            }

            var page = pool.Read(s => s.StoryList(parameters.Query));
            return Results.Text(WebJson.Write(new StoriesPageDto(WebJson.SchemaVersion, page.Stories.Select(WebJson.Story).ToList(), page.Total, parameters.Query.Offset, parameters.Query.Limit)), Json);
        })
        .WithSummary("Stories, most covered or newest first, filtered by outlet, dates and text, a page at a time")
        .Produces<StoriesPageDto>(contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/stories/{id:long}", (long id, BriefService briefs) => briefs.Get(id) switch
        {
            StoryBrief brief => Results.Text(brief.Stored.BriefJson, Json),
            NoBrief none => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "No brief", detail: $"story {id}: none of its {none.Articles} articles yields a brief"),
            _ => NotFound($"story {id} is not in the store"),
        })
        .WithSummary("The attributed brief of one story: the JSON chorus show --format json writes")
        .Produces<BriefDto>(contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/articles/{id}", (string id, StorePool pool, BriefService briefs) =>
            ArticleView.Load(id, pool, briefs) is { } view
                ? Results.Text(WebJson.Write(ToDto(view)), Json)
                : NotFound($"article {id} is not in the store"))
        .WithSummary("One article: its cleaned text and the boilerplate removed from it, with the rule that removed each line")
        .Produces<ArticleDto>(contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/search", (HttpRequest request, SearchService search) =>
        {
            var text = request.Query["q"].ToString();
            if (!SearchQuery.TryParse(text, out var query, out var error))
            {
                return BadRequest($"q: {error}");
            }

            var (offset, problem) = Offset(request);
            if (problem is not null)
            {
                return BadRequest(problem);
            }

            var results = search.Find(query, new SearchRequest
            {
                Offset = offset,
                Limit = options.Limits.HitsPerPage,
                StoryLimit = offset == 0 ? options.Limits.HitsPerPage : 0,
            });
            var (hits, stories) = (results.Articles, results.Stories);
            var sources = search.Sources(hits.Hits);
            var named = SearchHitSources.WithBriefOutlets(hits.Hits, sources);
            return Results.Text(WebJson.Write(new SearchResultsDto(WebJson.SchemaVersion, query.Text, named.Select(h => WebJson.Hit(h, sources.GetValueOrDefault(h.ArticleId)?.Label)).ToList(),
                stories.Select(h => new StoryHitDto(WebJson.Story(h.Story), h.MatchingArticles)).ToList(), offset, hits.More)), Json);
        })
        .WithSummary("Full-text search over articles and their stories: words, \"phrases\", prefix*, OR, -excluded")
        .Produces<SearchResultsDto>(contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapPost("/articles", async (HttpRequest request, StoreWriter writer, CancellationToken cancellation) =>
        {
            var upload = await ArticleUpload.ReadAsync(request, options.Limits.MaxWriteBodyBytes, cancellation);
            if (upload.Problem is not null)
            {
                return Results.Problem(statusCode: upload.Status, title: "The articles were not read", detail: upload.Problem);
            }

            IngestOutcome outcome;
            try
            {
                outcome = writer.Ingest(upload.Documents, "api " + request.HttpContext.TraceIdentifier);
            }
            catch (StoreBusyException e)
            {
                request.HttpContext.Response.Headers.RetryAfter = "30";
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Another writer is using the store", detail: e.Message);
            }

            var dto = new IngestResultDto(WebJson.SchemaVersion, outcome.Documents, outcome.Added, outcome.AlreadyStored, outcome.Copies, outcome.NewStories,
                outcome.Placed.Select(p => new PlacedDto(p.Origin, p.ArticleId, p.StoryId)).ToList(),
                outcome.Problems.Select(p => new ProblemDto(p.Input, p.Message, p.Severity.ToString().ToLowerInvariant())).ToList());
            if (outcome.Added + outcome.AlreadyStored == 0)
            {
                return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Nothing usable",
                    detail: "none of the articles has enough text after cleaning: " + string.Join("; ", dto.Problems.Select(p => $"{p.Input}: {p.Message}")));
            }

            return Results.Text(WebJson.Write(dto), Json, statusCode: outcome.Added > 0 ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        })
        .AddEndpointFilter(new ApiKeyFilter(options.ApiKey))
        .RequireRateLimiting(WritePolicy)
        .WithSummary("Ingest articles: JSON (an object or an array of {url,title,text|html,source,date}), JSON lines, or one HTML page with ?url=; needs the API key")
        .AddOpenApiOperationTransformer(async (operation, context, cancellation) =>
        {
            // Described here rather than with Accepts(), which would also make routing refuse other types with a
            // bare 415; the handler refuses them itself, naming the type it got and the ones it takes.
            var articles = await context.GetOrCreateSchemaAsync(typeof(IngestArticle[]), null, cancellation);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = ArticleUpload.Accepted,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = articles },
                    ["application/x-ndjson"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                    ["text/html"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            };
        })
        .Produces<IngestResultDto>(StatusCodes.Status201Created, "application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        app.MapGet("/healthz", (StorePool pool) =>
        {
            var counts = pool.Read(s => s.Counts());
            return Results.Text(WebJson.Write(new HealthDto("ok", counts.Articles, counts.Stories)), Json);
        }).WithSummary("The server is up and its store readable").Produces<HealthDto>(contentType: "application/json");
    }

    public static ArticleDto ToDto(ArticleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var a = view.Stored;
        return new ArticleDto(WebJson.SchemaVersion, a.Id, a.StoryId, view.Source?.Label, a.Title, a.Outlet, WebJson.Iso(a.Published), a.PublishedIsIngestTime, a.Url, a.Origin, view.Text, view.Removed);
    }

    private static (int Offset, string? Problem) Offset(HttpRequest request)
    {
        var text = request.Query["offset"].ToString();
        return text.Length == 0 ? (0, null)
            : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var offset) ? (offset, null)
            : (0, $"offset: \"{text}\" is not a whole number from 0");
    }

    private static IResult BadRequest(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    private static IResult NotFound(string detail) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}

/// <summary>An article as the API takes it (the JSONL fields <c>chorus ingest</c> reads); documents the request body in the OpenAPI description.</summary>
public sealed record IngestArticle(string? Url, string? Title, string? Text, string? Html, string? Source, string? Date);
