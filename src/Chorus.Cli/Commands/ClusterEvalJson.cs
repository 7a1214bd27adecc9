using System.Text;
using System.Text.Json;
using Chorus.Evaluation;

namespace Chorus.Cli.Commands;

/// <summary>The JSON form of a clustering evaluation (camelCase, top-level schemaVersion).</summary>
internal static class ClusterEvalJson
{
    public static string Render(ClusteringEvaluationResult result)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            var s = result.Scores;
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            w.WriteString("data", result.Data);
            w.WriteNumber("articles", result.Articles);
            w.WriteStartObject("bcubed");
            w.WriteNumber("precision", Math.Round(s.BCubed.Precision, 6));
            w.WriteNumber("recall", Math.Round(s.BCubed.Recall, 6));
            w.WriteNumber("f1", Math.Round(s.BCubed.F1, 6));
            w.WriteEndObject();
            w.WriteNumber("pairwiseF1", Math.Round(s.PairwiseF1, 6));
            w.WriteNumber("ari", Math.Round(s.AdjustedRandIndex, 6));
            w.WriteNumber("goldStories", s.GoldClusters);
            w.WriteNumber("foundStories", s.FoundClusters);
            w.WriteNumber("articlesPerSecond", Math.Round(result.ArticlesPerSecond, 1));
            w.WriteStartObject("thresholds");
            w.WriteNumber("minScore", result.Options.MinScore);
            w.WriteNumber("shortTextMinScore", result.Options.ShortTextMinScore);
            w.WriteNumber("mergeScore", result.Options.MergeScore);
            w.WriteNumber("entityWeight", result.Options.EntityWeight);
            w.WriteNumber("decayHalfLifeHours", result.Options.DecayHalfLifeHours);
            w.WriteNumber("closeAfterHours", result.Options.CloseAfterHours);
            w.WriteString("representation", result.Options.Representation.ToString().ToLowerInvariant());
            w.WriteNumber("denseWeight", result.Options.DenseWeight);
            w.WriteNumber("longTextDenseWeight", result.Options.LongTextDenseWeight);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
