using Microsoft.AspNetCore.Builder;

namespace Chorus.Web.Hosting;

/// <summary>
/// Headers on every response: a strict Content-Security-Policy (scripts and styles only from this server's own
/// files, nothing inline, no framing, no plugins), no MIME sniffing, no referrer sent to the outlets a reader
/// follows, no embedding in other sites. A response that sets its own policy (the self-contained brief download,
/// whose one inline stylesheet is allowed by its hash) keeps it.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = Policy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
