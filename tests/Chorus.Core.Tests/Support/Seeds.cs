using Chorus.Core.Documents;
using Chorus.Core.Inputs;

namespace Chorus.Core.Tests.Support;

/// <summary>The shared seed articles and the shipped sample, read as the CLI reads them.</summary>
public static class Seeds
{
    public static IReadOnlyList<RawDocument> All { get; } = Read(RepoPaths.Seeds);

    public static IReadOnlyList<RawDocument> Sample { get; } = Read(Path.Combine(RepoPaths.Samples, "kharsun-dam-flood"));

    public static RawDocument Seed(string prefix) => All.Single(d => Path.GetFileName(d.Origin).StartsWith(prefix + "_", StringComparison.Ordinal));

    public static RawDocument SampleFile(string prefix) => Sample.Single(d => Path.GetFileName(d.Origin).StartsWith(prefix, StringComparison.Ordinal));

    private static List<RawDocument> Read(string folder)
    {
        var read = FileReader.ReadAll(InputPaths.Expand([folder]).Files);
        if (read.Problems().Any())
        {
            throw new InvalidOperationException(string.Join("; ", read.Problems()));
        }

        return read.Values().ToList();
    }
}
