using System.Text;
using System.Text.Json;
using Chorus.Core.Documents;

namespace Chorus.Evaluation.ReportedSpeech;

/// <summary>
/// JSON of <c>chorus eval attribution</c>: the <c>--json</c> report (schemaVersion, Chorus's direct and all scores,
/// per publisher, the baseline) and the <c>--predictions</c> lines (one article a line, spans as string indices).
/// Byte-stable: no timings.
/// </summary>
public static class AttributionJson
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Report(AttributionEvaluationResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteString("data", result.Data);
            writer.WriteNumber("articles", result.Articles);
            writer.WriteNumber("goldRelations", result.GoldRelations);
            WriteScores(writer, result.Chorus.Scores);
            writer.WriteStartObject("publishers");
            foreach (var (publisher, scores) in result.Chorus.ByPublisher)
            {
                writer.WriteStartObject(publisher);
                WriteScores(writer, scores);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            foreach (var system in result.Systems.Skip(1))
            {
                writer.WriteStartObject(system.Name);
                WriteScores(writer, system.Scores);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string PredictionLines(IEnumerable<ArticlePredictions> articles)
    {
        var lines = new StringBuilder();
        foreach (var article in articles)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, Compact))
            {
                writer.WriteStartObject();
                writer.WriteString("id", article.Id);
                writer.WriteStartArray("attributions");
                foreach (var a in article.Attributions)
                {
                    writer.WriteStartObject();
                    WriteSpan(writer, "content", a.Content);
                    WriteSpan(writer, "source", a.Source);
                    WriteSpan(writer, "cue", a.Cue);
                    writer.WriteBoolean("direct", a.Direct);
                    if (a.Speaker is { } speaker)
                    {
                        writer.WriteString("speaker", speaker);
                    }
                    else
                    {
                        writer.WriteNull("speaker");
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            lines.Append(Encoding.UTF8.GetString(stream.ToArray())).Append('\n');
        }

        return lines.ToString();
    }

    private static void WriteScores(Utf8JsonWriter writer, AttributionScores scores)
    {
        WriteCounts(writer, "direct", scores.Direct);
        WriteCounts(writer, "all", scores.All);
    }

    private static void WriteCounts(Utf8JsonWriter writer, string name, AttributionCounts c)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("precision", Math.Round(c.Precision, 4));
        writer.WriteNumber("recall", Math.Round(c.Recall, 4));
        writer.WriteNumber("f1", Math.Round(c.F1, 4));
        writer.WriteNumber("sourceAccuracy", Math.Round(c.SourceAccuracy, 4));
        writer.WriteNumber("matched", c.Matched);
        writer.WriteNumber("predicted", c.Predicted);
        writer.WriteNumber("gold", c.Gold);
        writer.WriteNumber("matchedWithGoldSource", c.MatchedWithGoldSource);
        writer.WriteNumber("sourceRight", c.SourceRight);
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, string name, TextSpan? span)
    {
        if (span is not { } s)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("start", s.Start);
        writer.WriteNumber("end", s.End);
        writer.WriteEndObject();
    }
}
