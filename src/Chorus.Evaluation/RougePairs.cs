using System.Text.Json;

namespace Chorus.Evaluation;

/// <summary>A prediction and its reference, from one line of a pairs file.</summary>
public sealed record RougePair(int LineNumber, string? Id, string Prediction, string Reference);

/// <summary>Reads JSON-lines files of <c>{"prediction", "reference"}</c> cases; a malformed line is reported by number and skipped.</summary>
public static class RougePairs
{
    public static (List<RougePair> Pairs, List<string> Problems) Read(string path)
    {
        var pairs = new List<RougePair>();
        var problems = new List<string>();
        foreach (var (lineNumber, line) in JsonLines.Read(path))
        {
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("prediction", out var prediction) || prediction.ValueKind != JsonValueKind.String
                    || !root.TryGetProperty("reference", out var reference) || reference.ValueKind != JsonValueKind.String)
                {
                    problems.Add($"{path}:{lineNumber}: needs string fields \"prediction\" and \"reference\"");
                    continue;
                }

                var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
                pairs.Add(new RougePair(lineNumber, id, prediction.GetString()!, reference.GetString()!));
            }
            catch (JsonException e)
            {
                problems.Add($"{path}:{lineNumber}: not JSON: {e.Message}");
            }
        }

        return (pairs, problems);
    }
}
