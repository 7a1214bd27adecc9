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

    public static (List<RawDocument> Documents, List<InputProblem> Problems) ReadAll(IEnumerable<string> files)
    {
        var documents = new List<RawDocument>();
        var problems = new List<InputProblem>();
        foreach (var file in files)
        {
            var result = Read(file);
            if (result.Document is not null)
            {
                documents.Add(result.Document);
            }
            else
            {
                problems.Add(result.Problem!);
            }
        }

        return (documents, problems);
    }

    public static (RawDocument? Document, InputProblem? Problem) Read(string file)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(file);
            if (info.Length > MaxFileBytes)
            {
                return (null, new InputProblem(file, $"the file is {info.Length / (1024 * 1024)} MB, over the {MaxFileBytes / (1024 * 1024)} MB limit; skipped"));
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new InputProblem(file, "cannot be read: " + e.Message));
        }

        var decoded = TextDecoding.Decode(bytes);
        if (!decoded.Succeeded)
        {
            return (null, new InputProblem(file, decoded.Failure + "; skipped"));
        }

        var kind = ContentSniffer.Detect(decoded.Text!);
        return (new RawDocument(file, decoded.Text!, kind), null);
    }
}
