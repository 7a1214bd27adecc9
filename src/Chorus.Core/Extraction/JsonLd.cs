using System.Text.Json;

namespace Chorus.Core.Extraction;

/// <summary>What a page's JSON-LD says about its article (the first object typed as an article, else a web page that states an author or date).</summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Publisher, string? Language, string? Url, string? Body);

internal static class JsonLd
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        // Scripts are parsed until one holds the article; the rest only when its author is a reference to a person
        // described elsewhere on the page, or when no script holds an article and a web page may stand in.
        var documents = new List<JsonDocument>();
        try
        {
            using var pending = scripts.GetEnumerator();
            JsonElement article = default;
            while (article.ValueKind != JsonValueKind.Object && Next(pending, documents) is { } parsed)
            {
                article = Objects(parsed.RootElement).FirstOrDefault(IsArticle);
            }

            if (article.ValueKind != JsonValueKind.Object)
            {
                article = documents.SelectMany(d => Objects(d.RootElement))
                    .FirstOrDefault(o => HasType(o, "WebPage") && (o.TryGetProperty("author", out _) || o.TryGetProperty("datePublished", out _)));
            }

            if (article.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (AuthorByReference(article))
            {
                while (Next(pending, documents) is not null)
                {
                }
            }

            var people = documents.SelectMany(d => Objects(d.RootElement)).Where(o => HasType(o, "Person")).ToList();
            return new JsonLdArticle(
                Text(article, "headline") ?? Text(article, "name"),
                Name(article, "author", people),
                Text(article, "datePublished") ?? Text(article, "dateCreated"),
                Name(article, "publisher", people),
                Text(article, "inLanguage"),
                Text(article, "url") ?? Text(article, "mainEntityOfPage"),
                Text(article, "articleBody"));
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }

    /// <summary>The next script that parses as JSON, kept in <paramref name="documents"/>; null when none is left.</summary>
    private static JsonDocument? Next(IEnumerator<string> scripts, List<JsonDocument> documents)
    {
        while (scripts.MoveNext())
        {
            try
            {
                var parsed = JsonDocument.Parse(scripts.Current, Lenient);
                documents.Add(parsed);
                return parsed;
            }
            catch (JsonException)
            {
            }
        }

        return null;
    }

    private static bool AuthorByReference(JsonElement article) =>
        article.TryGetProperty("author", out var author)
        && (author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
            .Any(a => a.ValueKind == JsonValueKind.Object && a.TryGetProperty("@id", out _) && !a.TryGetProperty("name", out _));

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

    private static bool IsArticle(JsonElement element) =>
        Types(element).Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting");

    private static bool HasType(JsonElement element, string type) => Types(element).Any(t => t.Equals(type, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Types(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !(element.TryGetProperty("@type", out var type) || element.TryGetProperty("type", out type)))
        {
            return [];
        }

        return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
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

    /// <summary>
    /// A person or organisation's name: a string, an object with "name", a reference by "@id" to a person described
    /// elsewhere on the page, or a list of these. An author typed as an organisation is not a person and is left out.
    /// </summary>
    private static string? Name(JsonElement element, string property, List<JsonElement> people)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
            .Select(v => v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Object when property == "author" && HasType(v, "Organization") => null,
                JsonValueKind.Object when v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                JsonValueKind.Object when v.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String => Referenced(people, id.GetString()!),
                _ => null,
            })
            .Where(n => !string.IsNullOrWhiteSpace(n) && !n.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .Select(n => n!.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count > 0 ? string.Join(", ", names) : null;
    }

    /// <summary>The name of the person the page describes under <paramref name="id"/>.</summary>
    private static string? Referenced(List<JsonElement> people, string id)
    {
        foreach (var person in people)
        {
            if (person.TryGetProperty("@id", out var pid) && pid.ValueKind == JsonValueKind.String && pid.ValueEquals(id)
                && person.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
            {
                return name.GetString();
            }
        }

        return null;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
