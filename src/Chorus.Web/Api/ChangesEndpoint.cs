using System.Globalization;
using Chorus.Core.Rendering;
using Chorus.Web.Briefs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chorus.Web.Api;

/// <summary><c>GET /api/v1/stories/{id}/changes?since=N</c>: what <c>chorus show ID --since N --format json</c> writes.</summary>
public static class ChangesEndpoint
{
    private const string Json = "application/json; charset=utf-8";

    public static void MapChangesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/stories/{id:long}/changes", (long id, HttpRequest request, BriefService briefs) =>
        {
            var text = request.Query["since"].ToString();
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var since) || since < 1)
            {
                return Problem(StatusCodes.Status400BadRequest, "Bad request", $"since: \"{text}\" is not a version number (1 or more)");
            }

            var found = briefs.Changes(id, since);
            return found switch
            {
                null => Problem(StatusCodes.Status404NotFound, "Not found", $"story {id} is not in the store"),
                { Changes: { } changes } => Results.Text(BriefChangesRender.Json(changes), Json),
                _ => Problem(StatusCodes.Status404NotFound, "No such version", $"story {id}: {found.Problem}"),
            };
        })
        .WithTags("Chorus")
        .WithSummary("What changed in a story's brief since version N: added and removed summary sentences, new sources, new and resolved conflicts")
        .Produces<BriefChangesDto>(contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}
