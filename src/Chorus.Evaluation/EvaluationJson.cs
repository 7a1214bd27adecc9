using System.Text;
using System.Text.Json;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation;

/// <summary>JSON output of the evaluations: camelCase, top-level schemaVersion, byte-stable (no timings).</summary>
public static class EvaluationJson
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One line of <c>chorus eval rouge</c>: the case id (when given), its line, and its scores.</summary>
    public static string ScoreLine(RougePair pair, RougeScores scores)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Options.Encoder }))
        {
            writer.WriteStartObject();
            if (pair.Id is not null)
            {
                writer.WriteString("id", pair.Id);
            }

            writer.WriteNumber("line", pair.LineNumber);
            writer.WriteStartObject("scores");
            foreach (var name in RougeScores.Names)
            {
                writer.WriteStartObject(name);
                writer.WriteNumber("precision", scores[name].Precision);
                writer.WriteNumber("recall", scores[name].Recall);
                writer.WriteNumber("fmeasure", scores[name].Fmeasure);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The <c>--json</c> report of <c>chorus eval summarize</c>.</summary>
    public static string Report(string data, SummaryBudget budget, IReadOnlyList<SystemEvaluation> systems)
    {
        var comparisons = PairedComparison.Against("chorus", systems).ToDictionary(c => c.Other, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteString("data", data);
            WriteOptionalNumber(writer, "words", budget.Words);
            WriteOptionalNumber(writer, "bytes", budget.Bytes);
            writer.WriteStartArray("systems");
            foreach (var system in systems)
            {
                writer.WriteStartObject();
                writer.WriteString("name", system.Name);
                writer.WriteBoolean("published", system.IsPublished);
                writer.WriteNumber("clusters", system.Clusters.Count);
                foreach (var name in RougeScores.Names)
                {
                    var aggregate = system.Aggregates[name];
                    writer.WriteStartObject(name);
                    writer.WriteNumber("precision", aggregate.Precision);
                    writer.WriteNumber("recall", aggregate.Recall);
                    writer.WriteNumber("fmeasure", aggregate.Fmeasure);
                    writer.WriteNumber("fmeasureLow", aggregate.FmeasureLow);
                    writer.WriteNumber("fmeasureHigh", aggregate.FmeasureHigh);
                    writer.WriteEndObject();
                }

                if (comparisons.TryGetValue(system.Name, out var comparison))
                {
                    WriteComparison(writer, comparison);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Every summary the systems wrote, one JSON line each: system, cluster id, summary text.</summary>
    public static string SummaryLines(IEnumerable<SystemEvaluation> systems)
    {
        var lines = new StringBuilder();
        foreach (var system in systems)
        {
            foreach (var cluster in system.Clusters)
            {
                using var stream = new MemoryStream();
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Options.Encoder }))
                {
                    writer.WriteStartObject();
                    writer.WriteString("system", system.Name);
                    writer.WriteString("id", cluster.ClusterId);
                    writer.WriteString("summary", cluster.Summary);
                    writer.WriteNumber("rouge1", cluster.Scores.Rouge1.Fmeasure);
                    writer.WriteNumber("rouge2", cluster.Scores.Rouge2.Fmeasure);
                    writer.WriteEndObject();
                }

                lines.Append(Encoding.UTF8.GetString(stream.ToArray())).Append('\n');
            }
        }

        return lines.ToString();
    }

    /// <summary>Chorus minus this system, per cluster, with the paired bootstrap interval of the mean difference.</summary>
    private static void WriteComparison(Utf8JsonWriter writer, PairedComparison comparison)
    {
        writer.WriteStartObject("versusChorus");
        writer.WriteNumber("clusters", comparison.Clusters);
        foreach (var (name, delta, beyond) in new[]
        {
            ("rouge1", comparison.Rouge1Delta, comparison.Rouge1BeyondHalfWidth),
            ("rouge2", comparison.Rouge2Delta, comparison.Rouge2BeyondHalfWidth),
        })
        {
            writer.WriteNumber(name + "Delta", delta.Mean);
            writer.WriteNumber(name + "DeltaLow", delta.Low);
            writer.WriteNumber(name + "DeltaHigh", delta.High);
            writer.WriteBoolean(name + "BeyondHalfWidth", beyond);
        }

        writer.WriteEndObject();
    }

    private static void WriteOptionalNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
