using System.Text.Json;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Cli;

/// <summary>The real <c>chorus eval facts</c> on the shipped sample's labels.</summary>
public sealed class EvalFactsCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-eval-facts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void EveryKindReachesF1OfNinetyPercentOnTheSample()
    {
        var json = Path.Combine(folder, "scores.json");
        var result = CliRunner.Run("eval", "facts", "--json", json);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("precision", result.Stdout, StringComparison.Ordinal);
        using var scores = JsonDocument.Parse(File.ReadAllText(json));
        var kinds = scores.RootElement.GetProperty("kinds").EnumerateArray().ToList();
        Assert.Equal(["quantities", "quotes", "entities", "dates", "conflicts"], kinds.Select(k => k.GetProperty("kind").GetString()).ToArray());
        Assert.All(kinds, k => Assert.True(k.GetProperty("f1").GetDouble() >= 0.9, $"{k.GetProperty("kind")}: F1 {k.GetProperty("f1")}"));
    }

    [Fact]
    public void TheSeedLabelsScoreOnlyTheKindsTheyLabel()
    {
        var json = Path.Combine(folder, "seeds.json");
        var result = CliRunner.Run("eval", "facts", "--labels", "samples/labels/seeds.facts.json", "--json", json);
        Assert.Equal(0, result.ExitCode);
        using var scores = JsonDocument.Parse(File.ReadAllText(json));
        var kinds = scores.RootElement.GetProperty("kinds").EnumerateArray().ToList();
        Assert.Equal(["quantities", "quotes", "conflicts"], kinds.Select(k => k.GetProperty("kind").GetString()).ToArray());
        Assert.All(kinds, k => Assert.True(k.GetProperty("f1").GetDouble() >= 0.9, $"{k.GetProperty("kind")}: F1 {k.GetProperty("f1")}"));
    }

    [Fact]
    public void AMissingOrMalformedLabelFileIsNamedInTheError()
    {
        var missing = CliRunner.Run("eval", "facts", "--labels", Path.Combine(folder, "none.json"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("none.json", missing.Stderr, StringComparison.Ordinal);

        var bad = Path.Combine(folder, "bad.json");
        File.WriteAllText(bad, "{ not json");
        var malformed = CliRunner.Run("eval", "facts", "--labels", bad);
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("bad.json", malformed.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", malformed.Stderr, StringComparison.Ordinal);
    }
}
