namespace Chorus.Core.Tests.Support;

/// <summary>Paths of the repository and of the shared data beside it, found from the test's working folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Data => Path.Combine(Shared, "data");

    public static string Samples => Path.Combine(Root, "samples");

    public static string Seed(string prefix) =>
        Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

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
