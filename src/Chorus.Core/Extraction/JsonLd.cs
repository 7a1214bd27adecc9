using System.Text.Json;

namespace Chorus.Core.Extraction;

/// <summary>What a page's JSON-LD says about its article (the first object typed as an article or web page).</summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Publisher, string? Language, string? Url, string? Body);

internal static class JsonLd
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(script, Lenient);
            }
            catch (JsonException)
            {
                continue;
            }

            using (json)
            {
                if (Objects(json.RootElement).FirstOrDefault(IsArticle) is { ValueKind: JsonValueKind.Object } article)
                {
                    return new JsonLdArticle(
                        Text(article, "headline") ?? Text(article, "name"),
                        Name(article, "author"),
                        Text(article, "datePublished") ?? Text(article, "dateCreated"),
                        Name(article, "publisher"),
                        Text(article, "inLanguage"),
                        Text(article, "url") ?? Text(article, "mainEntityOfPage"),
                        Text(article, "articleBody"));
                }
            }
        }

        return null;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Objects))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var item in Objects(graph))
                {
                    yield return item;
                }
            }
        }
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.ToString())
            : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting");
    }

    private static string? Text(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NullIfBlank(value.GetString()),
            JsonValueKind.Object when value.TryGetProperty("@id", out var id) => NullIfBlank(id.ToString()),
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : null).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)),
            _ => null,
        };
    }

    /// <summary>A person or organisation's name: a string, an object with "name", or a list of either.</summary>
    private static string? Name(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
            .Select(v => v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Object when v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            })
            .Where(n => !string.IsNullOrWhiteSpace(n) && !n.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .Select(n => n!.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count > 0 ? string.Join(", ", names) : null;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
