using Chorus.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Chorus.Web.Hosting;

/// <summary>
/// What a reader or a program gets when something goes wrong: problem details (RFC 9457) under <c>/api</c>, a page
/// elsewhere; never a stack trace. An unusable store answers 503 with the store's own message; anything else 500.
/// </summary>
public static class ErrorResponses
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/healthz");

    public static void UseChorusErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = async context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                var (status, title, detail) = error is StoreException store
                    ? (StatusCodes.Status503ServiceUnavailable, "The store cannot be read", store.Message)
                    : (StatusCodes.Status500InternalServerError, "Something went wrong", "the server could not answer this request; its log has the details");
                context.Response.StatusCode = status;
                if (IsApi(context.Request))
                {
                    await Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
                    return;
                }

                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(Page(status, title, detail));
            },
        });

        // A status without a body (an unknown address, a wrong method) gets the same treatment.
        app.UseWhen(c => IsApi(c.Request), api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c.Request), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
    }

    /// <summary>A plain page for when the pages themselves may be what failed.</summary>
    private static string Page(int status, string title, string detail) =>
        $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{status} {Core.Rendering.HtmlWriter.Encode(title)} — Chorus</title><link rel="stylesheet" href="{StaticAssets.Prefix}/site.css"></head>
        <body><main id="main" class="page"><h1>{Core.Rendering.HtmlWriter.Encode(title)}</h1><p>{Core.Rendering.HtmlWriter.Encode(detail)}</p><p><a href="/">Back to the stories</a></p></main></body></html>
        """;
}
