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
}
