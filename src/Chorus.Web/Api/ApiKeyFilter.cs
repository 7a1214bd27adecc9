using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Chorus.Web.Api;

/// <summary>
/// Lets a write through only with the server's API key, given as <c>Authorization: Bearer KEY</c> or
/// <c>X-Api-Key: KEY</c>. Keys are compared as SHA-256 digests in constant time, so neither the key's length nor
/// its first differing byte shows in the response time; the key is never logged or echoed.
/// </summary>
public sealed class ApiKeyFilter(string? key) : IEndpointFilter
{
    private readonly byte[]? expected = key is null ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (expected is null)
        {
            return Unauthorized(http, "writes are turned off on this server: start chorus serve with --api-key-file FILE or CHORUS_API_KEY set");
        }

        var given = Presented(http.Request);
        if (given is null)
        {
            return Unauthorized(http, "this endpoint writes to the store and needs the server's API key (Authorization: Bearer KEY, or X-Api-Key: KEY)");
        }

        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), expected))
        {
            return Unauthorized(http, "the API key is not this server's key");
        }

        return await next(context);
    }

    private static string? Presented(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        var header = request.Headers["X-Api-Key"].ToString();
        return header.Length > 0 ? header.Trim() : null;
    }

    private static IResult Unauthorized(HttpContext http, string detail)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer realm=\"chorus\"";
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required", detail: detail);
    }
}
