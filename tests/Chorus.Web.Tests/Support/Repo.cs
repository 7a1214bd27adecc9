namespace Chorus.Web.Tests.Support;

/// <summary>The repository's root (found from the test's folder) and the shipped sample story.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Sample => Path.Combine(Root, "samples", "kharsun-dam-flood");

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
