namespace Chorus.Core.Tests.Support;

/// <summary>Paths of the repository and of the shared data beside it, found from the test's working folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Existing(Path.Combine(Shared, "seeds"));

    public static string Data => Existing(Path.Combine(Shared, "data"));

    public static string Samples => Path.Combine(Root, "samples");

    public static string Seed(string prefix) =>
        Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    /// <summary>
    /// Fails a test that needs the shared seeds or data sets with a message saying what is missing and where it is
    /// expected, instead of a bare file-not-found from deep inside the code under test.
    /// </summary>
    public static string Existing(string path)
    {
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{path} is missing: this test reads the shared seed pages and data sets, which must sit in a folder named 'shared' beside the repository ({Shared}).");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chorus.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Chorus.slnx not found above " + AppContext.BaseDirectory);
    }
}
