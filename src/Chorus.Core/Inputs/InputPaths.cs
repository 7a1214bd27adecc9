using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>The files named by a command line: each file as given, each folder's files recursively, sorted.</summary>
public sealed record ExpandedInputs(IReadOnlyList<string> Files, IReadOnlyList<string> MissingPaths);

public static class InputPaths
{
    public static ExpandedInputs Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var inFolder = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !IsHidden(Path.GetRelativePath(path, f)))
                    .Order(StringComparer.Ordinal);
                files.AddRange(inFolder);
            }
            else
            {
                missing.Add(path);
            }
        }

        return new ExpandedInputs(files.Distinct(StringComparer.Ordinal).ToList(), missing);
    }

    private static bool IsHidden(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}

/// <summary>Reads files into raw documents, turning unreadable ones into named problems.</summary>
public static class FileReader
{
    /// <summary>Files larger than this are refused rather than read into memory.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>One result per file, in order.</summary>
    public static IReadOnlyList<InputResult<RawDocument>> ReadAll(IEnumerable<string> files) => files.Select(Read).ToList();

    /// <summary>A text or HTML file as a raw document (decoded as <see cref="TextDecoding"/> does), or a problem naming it.</summary>
    public static InputResult<RawDocument> Read(string file) =>
        ReadBytes(file)
            .Then(bytes => TextDecoding.Decode(file, bytes).MapProblem(p => p.WithOutcome("skipped")))
            .Select(decoded => new RawDocument(file, decoded.Text, ContentSniffer.Detect(decoded.Text)));

    /// <summary>The bytes of a file, or a problem naming it: over <see cref="MaxFileBytes"/>, or unreadable.</summary>
    public static InputResult<byte[]> ReadBytes(string file)
    {
        try
        {
            var length = new FileInfo(file).Length;
            if (length > MaxFileBytes)
            {
                return InputResult.Failure<byte[]>(file, $"the file is {length / (1024 * 1024)} MB, over the {MaxFileBytes / (1024 * 1024)} MB limit; skipped");
            }

            return InputResult.Success(File.ReadAllBytes(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputResult.Failure<byte[]>(file, "cannot be read: " + e.Message);
        }
    }
}
