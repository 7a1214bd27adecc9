using System.Text.Json;
using Chorus.Core.Documents;

namespace Chorus.Evaluation.ReportedSpeech;

/// <summary>One annotated attribution relation of the corpus: who (source), the cue, what (content), and whether it is a direct quote.</summary>
public sealed record GoldAttribution(TextSpan? Source, TextSpan? Cue, TextSpan? Content, bool Direct);

/// <summary>An article of the attribution corpus with its annotations; spans are indices into <see cref="Text"/>.</summary>
public sealed record CorpusArticle(string Id, string Publisher, string Text, IReadOnlyList<GoldAttribution> Attributions);

/// <summary>
/// Reads the attribution corpus (one JSON object a line: id, publisher, text, attributions with source/cue/content
/// spans and a direct flag; ../shared/data/attribution-polnear/README.md). A malformed line or a span outside its
/// text is an <see cref="InvalidDataException"/> naming the file and the line. A span whose end precedes its start
/// (98 contents of train and dev, each with empty text) is read as an empty span.
/// </summary>
public static class AttributionCorpus
{
    public static List<CorpusArticle> Read(string path)
    {
        var articles = new List<CorpusArticle>();
        foreach (var line in JsonLines.Read(path))
        {
            try
            {
                using var json = JsonDocument.Parse(line.Text);
                articles.Add(Parse(json.RootElement));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{path}: line {line.Number} is not an attribution article: {e.Message}", e);
            }
        }

        if (articles.Count == 0)
        {
            throw new InvalidDataException($"{path}: no articles");
        }

        return articles;
    }

    private static CorpusArticle Parse(JsonElement root)
    {
        var id = root.GetProperty("id").GetString() ?? throw new FormatException("id is null");
        var text = root.GetProperty("text").GetString() ?? throw new FormatException($"{id}: text is null");
        var publisher = root.TryGetProperty("publisher", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : "";
        var attributions = new List<GoldAttribution>();
        if (root.TryGetProperty("attributions", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in list.EnumerateArray())
            {
                attributions.Add(new GoldAttribution(
                    Span(a, "source", text, id),
                    Span(a, "cue", text, id),
                    Span(a, "content", text, id),
                    a.TryGetProperty("direct", out var d) && d.ValueKind == JsonValueKind.True));
            }
        }

        return new CorpusArticle(id, publisher, text, attributions);
    }

    private static TextSpan? Span(JsonElement attribution, string name, string text, string id)
    {
        if (!attribution.TryGetProperty(name, out var span) || span.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var start = span.GetProperty("start").GetInt32();
        var end = span.GetProperty("end").GetInt32();
        if (start < 0 || start > text.Length || end > text.Length)
        {
            throw new FormatException($"{id}: {name} span {start}..{end} lies outside the text ({text.Length} characters)");
        }

        // A few discontinuous contents were stored with their last segment ending before the first starts; their
        // text is empty in the corpus, and so they are here: gold that no prediction can match.
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }
}
