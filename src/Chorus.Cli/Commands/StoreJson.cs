using System.Text;
using System.Text.Json;
using Chorus.Core.Storage;

namespace Chorus.Cli.Commands;

/// <summary>JSON of the store commands: camelCase, top-level schemaVersion, UTC ISO-8601 times, byte-stable.</summary>
internal static class StoreJson
{
    public static string Stories(IReadOnlyList<StoryRow> rows) => Write(w =>
    {
        w.WriteStartArray("stories");
        foreach (var row in rows)
        {
            w.WriteStartObject();
            w.WriteNumber("id", row.Id);
            w.WriteString("headline", row.Headline);
            w.WriteNumber("independentSources", row.IndependentSources);
            w.WriteNumber("articles", row.Articles);
            w.WriteString("firstSeen", Iso(row.FirstSeen));
            w.WriteString("lastSeen", Iso(row.LastSeen));
            w.WriteBoolean("closed", row.Closed);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    public static string Hits(string query, IReadOnlyList<SearchHit> hits) => Write(w =>
    {
        w.WriteString("query", query);
        w.WriteStartArray("hits");
        foreach (var hit in hits)
        {
            w.WriteStartObject();
            w.WriteString("articleId", hit.ArticleId);
            w.WriteNumber("storyId", hit.StoryId);
            w.WriteString("title", hit.Title);
            w.WriteString("outlet", hit.Outlet);
            w.WriteString("snippet", hit.Snippet);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static string Iso(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
