using System.Globalization;
using System.Text;
using System.Text.Json;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Chorus.Web.Api;

/// <summary>The documents of a write request, or why it was refused (a 4xx status and a message naming the problem).</summary>
public sealed record Upload(IReadOnlyList<RawDocument> Documents, int Status = StatusCodes.Status200OK, string? Problem = null)
{
    public static Upload Refused(int status, string problem) => new([], status, problem);
}

/// <summary>
/// Reads the body of <c>POST /api/v1/articles</c>: one article object or an array of them as JSON, JSON lines, or
/// one raw HTML page with its address in <c>?url=</c>. The articles are read by Core's <see cref="InputLoader"/>
/// exactly as <c>chorus ingest</c> reads a JSONL or HTML file; nothing is fetched. Any unreadable part refuses the
/// whole request, so a request is stored whole or not at all.
/// </summary>
public static class ArticleUpload
{
    public const string Accepted = "application/json (an article object, or an array of them), application/x-ndjson (one article object per line), or text/html (one page, with its address in ?url=)";

    public static async Task<Upload> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mediaType = (request.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        var kind = mediaType switch
        {
            "application/json" => "json",
            "application/x-ndjson" or "application/jsonl" or "application/jsonlines" => "jsonl",
            "text/html" or "application/xhtml+xml" => "html",
            _ => null,
        };
        if (kind is null)
        {
            return Upload.Refused(StatusCodes.Status415UnsupportedMediaType,
                $"the body's type is {(mediaType.Length == 0 ? "not given" : mediaType)}; this endpoint takes {Accepted}");
        }

        var url = request.Query["url"].ToString();
        if (kind == "html" && !IsWebAddress(url))
        {
            return Upload.Refused(StatusCodes.Status400BadRequest, "an HTML page needs its address: add ?url=https://… (http or https) to the request");
        }

        var body = await ReadBodyAsync(request, maxBytes, cancellation);
        if (body is null)
        {
            return Upload.Refused(StatusCodes.Status413PayloadTooLarge, $"the body is over the {Size(maxBytes)} limit of one request; send fewer articles per request");
        }

        if (body.Length == 0)
        {
            return Upload.Refused(StatusCodes.Status400BadRequest, "the body is empty; send " + Accepted);
        }

        var requestId = Guid.NewGuid().ToString("N")[..12];
        if (kind == "html")
        {
            return FromFile(body, ".html", "page", requestId, single: url);
        }

        if (kind == "json")
        {
            var (lines, problem) = ToLines(body);
            if (problem is not null)
            {
                return Upload.Refused(StatusCodes.Status400BadRequest, problem);
            }

            return FromFile(lines!, ".jsonl", "item", requestId, single: null);
        }

        return FromFile(body, ".jsonl", "line", requestId, single: null);
    }

    /// <summary>The body, or null when it is over <paramref name="maxBytes"/> (announced or actual).</summary>
    internal static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellation)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    /// <summary>A JSON body as JSON lines: an object is one line, an array one line per element; anything else is named.</summary>
    private static (byte[]? Bytes, string? Problem) ToLines(byte[] body)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {e.BytePositionInLine + 1}") : "";
            return (null, $"the body is not valid JSON{where}: {e.Message.Split(" LineNumber", 2)[0].TrimEnd('.')}");
        }

        using (json)
        {
            var root = json.RootElement;
            var items = root.ValueKind switch
            {
                JsonValueKind.Object => [root],
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                _ => null,
            };
            if (items is null || items.Count == 0)
            {
                return (null, items is null ? $"the body is a JSON {root.ValueKind.ToString().ToLowerInvariant()}; send an article object or an array of them" : "the body is an empty array; send at least one article");
            }

            var notObjects = items.Select((item, i) => (item, i)).Where(x => x.item.ValueKind != JsonValueKind.Object).Select(x => x.i + 1).ToList();
            if (notObjects.Count > 0)
            {
                return (null, $"item {string.Join(", ", notObjects.Take(10))} of the array is not an article object");
            }

            var lines = new StringBuilder();
            foreach (var item in items)
            {
                lines.Append(item.GetRawText().ReplaceLineEndings(" ")).Append('\n');
            }

            return (Encoding.UTF8.GetBytes(lines.ToString()), null);
        }
    }

    /// <summary>Reads the bytes as <c>chorus ingest</c> reads a file, then names each document by the request rather than the temporary file.</summary>
    private static Upload FromFile(byte[] bytes, string extension, string unit, string requestId, string? single)
    {
        var path = Path.Combine(Path.GetTempPath(), $"chorus-upload-{requestId}{extension}");
        try
        {
            File.WriteAllBytes(path, bytes);
            var loaded = InputLoader.Load([path], new InputOptions { FetchAllowed = false });
            string Rename(string origin) => single ?? origin.Replace(path + ":", $"request {requestId} {unit} ", StringComparison.Ordinal).Replace(path, $"request {requestId}", StringComparison.Ordinal);
            if (loaded.Problems.Count > 0)
            {
                return Upload.Refused(StatusCodes.Status400BadRequest, string.Join("; ", loaded.Problems.Select(p => $"{Rename(p.Input)}: {p.Message}")) + "; nothing was stored");
            }

            if (loaded.Documents.Count == 0)
            {
                return Upload.Refused(StatusCodes.Status400BadRequest, "the body holds no article text; nothing was stored");
            }

            var documents = loaded.Documents.Select(d => d with
            {
                Origin = Rename(d.Origin),
                Url = single ?? d.Url,
            }).ToList();
            return new Upload(documents);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
