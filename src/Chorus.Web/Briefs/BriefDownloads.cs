using Chorus.Core.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chorus.Web.Briefs;

/// <summary>
/// A story's brief as a file: <c>/stories/{id}/brief.json</c> (the CLI's JSON), <c>brief.md</c> (the CLI's
/// Markdown) and <c>brief.html</c> (the self-contained document <c>chorus show --format html</c> writes).
/// </summary>
public static class BriefDownloads
{
    public static void MapBriefDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/stories/{id:long}/brief.{format}", (long id, string format, HttpResponse response, BriefService briefs) =>
        {
            if (format is not ("json" or "md" or "html"))
            {
                return Results.NotFound();
            }

            if (briefs.Get(id) is not StoryBrief brief)
            {
                return Results.NotFound();
            }

            var name = $"chorus-story-{id}-v{brief.Story.Version}.{format}";
            response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
            switch (format)
            {
                case "json":
                    return Results.Text(brief.Stored.BriefJson, "application/json; charset=utf-8");
                case "md":
                    var markdown = briefs.Markdown(id);
                    return markdown is null ? Results.NotFound() : Results.Text(markdown, "text/markdown; charset=utf-8");
                default:
                    // The file's one inline stylesheet is allowed by its hash; it has no script at all.
                    response.Headers.ContentSecurityPolicy = $"default-src 'none'; style-src {BriefHtml.StylesheetHash}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
                    return Results.Text(BriefHtml.Document(brief.Brief, brief.Texts), "text/html; charset=utf-8");
            }
        }).ExcludeFromDescription();
    }
}
