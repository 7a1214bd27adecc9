using System.Globalization;
using System.Text.Json;
using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>
/// Reads JSON Lines: one article per line as <c>{url,title,text,source,date}</c> (also <c>articleBody</c>,
/// <c>publisher</c>, <c>timestamp_ms</c>…), or a data-set line holding an <c>articles</c> array of such objects
/// (the DUC 2004 clusters). Lines without article text are counted and reported once; bad lines are named.
/// </summary>
internal static class JsonlReader
{
    private static readonly string[] TextFields = ["text", "articleBody", "body", "content"];
    private static readonly string[] HtmlFields = ["html"];
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] SourceFields = ["source", "publisher", "outlet", "site"];
    private static readonly string[] DateFields = ["date", "published", "publishedAt", "datePublished"];

    /// <summary>One result per article or bad line, in file order; lines without article text are counted in one problem at the end.</summary>
    public static IReadOnlyList<InputResult<RawDocument>> Read(string origin, string text)
    {
        var results = new List<InputResult<RawDocument>>();
        var withoutText = 0;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                results.Add(InputResult.Failure<RawDocument>($"{origin}:{lineNumber}", $"not valid JSON ({e.Message.Split('.')[0]}); line skipped"));
                continue;
            }

            using (json)
            {
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    results.Add(InputResult.Failure<RawDocument>($"{origin}:{lineNumber}", "is not a JSON object; line skipped"));
                    continue;
                }

                var items = json.RootElement.TryGetProperty("articles", out var articles) && articles.ValueKind == JsonValueKind.Array
                    ? articles.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select((a, i) => (a, $"{origin}:{lineNumber}#{i + 1}")).ToList()
                    : [(json.RootElement, $"{origin}:{lineNumber}")];
                foreach (var (item, itemOrigin) in items)
                {
                    if (ToDocument(item, itemOrigin) is { } document)
                    {
                        results.Add(InputResult.Success(document));
                    }
                    else
                    {
                        withoutText++;
                    }
                }
            }
        }

        if (withoutText > 0)
        {
            results.Add(InputResult.Failure<RawDocument>(origin, $"{withoutText} line(s) hold no article text (no text, articleBody or html field); skipped"));
        }

        return results;
    }

    /// <summary>The article of one JSON object; null when it holds no article text (counted, not reported one by one).</summary>
    private static RawDocument? ToDocument(JsonElement item, string origin)
    {
        var html = First(item, HtmlFields);
        var text = html ?? First(item, TextFields);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return new RawDocument(origin, text, html is not null ? ContentKind.Html : ContentKind.PlainText)
        {
            Url = First(item, ["url", "link"]),
            TitleHint = First(item, TitleFields),
            OutletHint = First(item, SourceFields),
            DateHint = First(item, DateFields) ?? Timestamp(item),
        };
    }

    private static string? First(JsonElement item, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
            {
                return value.GetString();
            }
        }

        return null;
    }

    /// <summary>
    /// A <c>timestamp_ms</c> as a date: a number of milliseconds, or digits in a string (as some exports write it);
    /// anything else, or a number past what a date can hold, is no date (the article is then undated).
    /// </summary>
    private static string? Timestamp(JsonElement item)
    {
        if (!item.TryGetProperty("timestamp_ms", out var ms))
        {
            return null;
        }

        var value = 0L;
        var parsed = ms.ValueKind == JsonValueKind.Number
            ? ms.TryGetInt64(out value)
            : ms.ValueKind == JsonValueKind.String && long.TryParse(ms.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
        var limit = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();
        return parsed && value >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds() && value <= limit
            ? DateTimeOffset.FromUnixTimeMilliseconds(value).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : null;
    }
}
