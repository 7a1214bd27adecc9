using System.Text.Json;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Clustering;

/// <summary>The real <c>chorus eval cluster</c> on the DUC validation clusters, and on a file that is not a labelled set.</summary>
public sealed class EvalClusterCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-eval-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void PrintsAndWritesTheScores()
    {
        var json = Path.Combine(folder, "scores.json");
        var result = CliRunner.Run("eval", "cluster", "--data", "../shared/data/duc2004/val/clusters.jsonl", "--json", json);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("B-cubed:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("stories:           gold 25", result.Stdout, StringComparison.Ordinal);

        using var scores = JsonDocument.Parse(File.ReadAllBytes(json));
        var root = scores.RootElement;
        var f1 = root.GetProperty("bcubed").GetProperty("f1").GetDouble();
        Assert.InRange(f1, 0.8, 1.0);
        Assert.InRange(root.GetProperty("pairwiseF1").GetDouble(), 0.5, 1.0);
        Assert.InRange(root.GetProperty("ari").GetDouble(), 0.5, 1.0);
        Assert.Equal(25, root.GetProperty("goldStories").GetInt32());
        Assert.True(root.GetProperty("foundStories").GetInt32() >= 20);
        Assert.True(root.GetProperty("articlesPerSecond").GetDouble() > 0);
    }

    [Fact]
    public void AFileThatIsNotALabelledSetIsNamed()
    {
        var path = Path.Combine(folder, "other.jsonl");
        File.WriteAllText(path, "{\"name\": \"not a labelled set\"}\n");
        var result = CliRunner.Run("eval", "cluster", "--data", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a labelled clustering set", result.Stderr, StringComparison.Ordinal);
    }
}
