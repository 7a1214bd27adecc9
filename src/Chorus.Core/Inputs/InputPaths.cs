using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>
/// The files named by a command line: each file as given, each folder's files recursively, sorted; and the
/// folders and entries that were passed over, each named with why (unreadable, a pipe or device, a link loop).
/// </summary>
public sealed record ExpandedInputs(IReadOnlyList<string> Files, IReadOnlyList<string> MissingPaths)
{
    public IReadOnlyList<InputProblem> Skipped { get; init; } = [];
}

/// <summary>
/// Walks folders: hidden entries are left out, a folder that cannot be listed is named and the rest are walked,
/// each real folder is walked once however many links lead to it (a link to a parent would otherwise be walked
/// again and again), and only regular files are kept.
/// </summary>
public static class InputPaths
{
    public static ExpandedInputs Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var skipped = new List<InputProblem>();
        var walked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var inFolder = new List<string>();
                Walk(path, path, walked, inFolder, skipped);
                files.AddRange(inFolder.Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        return new ExpandedInputs(files.Distinct(StringComparer.Ordinal).ToList(), missing) { Skipped = skipped };
    }

    private static void Walk(string root, string folder, HashSet<string> walked, List<string> files, List<InputProblem> skipped)
    {
        if (!walked.Add(RealPath(folder)))
        {
            if (folder != root)
            {
                skipped.Add(new InputProblem(folder, "leads to a folder already read (a link loop or a second link); not read again"));
            }

            return;
        }

        List<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            skipped.Add(new InputProblem(folder, $"the folder cannot be read ({e.Message}); skipped, the rest are read"));
            return;
        }

        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            if (entry is DirectoryInfo)
            {
                Walk(root, Path.Combine(folder, entry.Name), walked, files, skipped);
            }
            else
            {
                files.Add(Path.Combine(folder, entry.Name));
            }
        }
    }

    /// <summary>The folder with every link on its way resolved, so two routes to one folder compare equal.</summary>
    private static string RealPath(string folder)
    {
        var full = Path.GetFullPath(folder);
        var parent = Path.GetDirectoryName(full);
        var real = parent is null ? full : Path.Combine(RealPath(parent), Path.GetFileName(full));
        try
        {
            return new DirectoryInfo(real).ResolveLinkTarget(returnFinalTarget: true) is { } target ? RealPath(target.FullName) : real;
        }
        catch (IOException)
        {
            return real; // a loop of links that never ends in a folder: compared by its own name
        }
    }
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

    /// <summary>
    /// The bytes of a file, or a problem naming it: over <see cref="MaxFileBytes"/> (counted while reading, as a
    /// file may grow), unreadable, or of no size. A named pipe, a socket or a device (<c>/dev/zero</c>) reports no
    /// size, and opening or reading one could wait forever or never end, so a file of no size is never opened:
    /// only regular files with something in them are read.
    /// </summary>
    public static InputResult<byte[]> ReadBytes(string file)
    {
        try
        {
            var length = new FileInfo(file).Length;
            if (length > MaxFileBytes)
            {
                return TooLarge(file, length);
            }

            if (length == 0)
            {
                return InputResult.Failure<byte[]>(file, "it is empty, or not a regular file (a pipe, a socket or a device); skipped");
            }

            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            using var bytes = new MemoryStream((int)length);
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (bytes.Length + read > MaxFileBytes)
                {
                    return TooLarge(file, bytes.Length + read);
                }

                bytes.Write(buffer, 0, read);
            }

            return InputResult.Success(bytes.ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputResult.Failure<byte[]>(file, "cannot be read: " + e.Message);
        }
    }

    private static InputResult<byte[]> TooLarge(string file, long length) =>
        InputResult.Failure<byte[]>(file, $"the file is {length / (1024 * 1024)} MB, over the {MaxFileBytes / (1024 * 1024)} MB limit; skipped");
}
