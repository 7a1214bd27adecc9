using System.Text.Json;
using Chorus.Core.Documents;

namespace Chorus.Evaluation;

/// <summary>One non-blank line of a JSON-lines file, with its 1-based line number for error messages.</summary>
public readonly record struct NumberedLine(int Number, string Text);

/// <summary>The lines of a JSON-lines data file, blank lines skipped, numbered as an editor shows them.</summary>
public static class JsonLines
{
    public static IEnumerable<NumberedLine> Read(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return new NumberedLine(number, line);
            }
        }
    }

    /// <summary>
    /// One result per non-blank line: <paramref name="parse"/> applied to the line's JSON, or a problem named
    /// <c>path:line</c> saying "not <paramref name="what"/>" and why: the line is not JSON, or
    /// <paramref name="parse"/> refuses it (it throws <see cref="InvalidDataException"/>, or a JSON accessor throws
    /// on a missing or mistyped field).
    /// </summary>
    public static IEnumerable<InputResult<T>> Parse<T>(string path, string what, Func<JsonElement, T> parse)
    {
        foreach (var (number, text) in Read(path))
        {
            yield return ParseLine($"{path}:{number}", text, what, parse);
        }
    }

    /// <summary>One line of JSON read by <paramref name="parse"/>, or a problem naming <paramref name="input"/>.</summary>
    public static InputResult<T> ParseLine<T>(string input, string line, string what, Func<JsonElement, T> parse)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return InputResult.Success(parse(json.RootElement));
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return InputResult.Failure<T>(input, $"not {what}: {e.Message}", ProblemSeverity.Error);
        }
    }
}
