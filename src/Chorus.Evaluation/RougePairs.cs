using System.Text.Json;
using Chorus.Core.Documents;

namespace Chorus.Evaluation;

/// <summary>A prediction and its reference, from one line of a pairs file.</summary>
public sealed record RougePair(int LineNumber, string? Id, string Prediction, string Reference);

/// <summary>Reads JSON-lines files of <c>{"prediction", "reference"}</c> cases; a malformed line is a problem named by its number.</summary>
public static class RougePairs
{
    /// <summary>One result per non-blank line; a file that cannot be read at all is one problem naming it.</summary>
    public static IReadOnlyList<InputResult<RougePair>> Read(string path)
    {
        try
        {
            return JsonLines.Read(path)
                .Select(line => JsonLines.ParseLine($"{path}:{line.Number}", line.Text, "a prediction/reference pair", root => Pair(line.Number, root)))
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputResult.Failure<RougePair>(path, "cannot be read: " + e.Message, ProblemSeverity.Error)];
        }
    }

    private static RougePair Pair(int lineNumber, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("prediction", out var prediction) || prediction.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("reference", out var reference) || reference.ValueKind != JsonValueKind.String)
        {
            throw new InvalidDataException("needs string fields \"prediction\" and \"reference\"");
        }

        var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
        return new RougePair(lineNumber, id, prediction.GetString()!, reference.GetString()!);
    }
}
