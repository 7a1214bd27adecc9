using System.Text.Json;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Cli;

/// <summary>The real <c>chorus eval extract</c> on the validation half.</summary>
public sealed class EvalExtractCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-eval-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void PrintsOurScoresBesideThePublishedOnesAndWritesJson()
    {
        var json = Path.Combine(folder, "extract.json");
        var result = CliRunner.Run("eval", "extract", "--data", "../shared/data/article-extraction/val", "--json", json);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("chorus", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("│ trafilatura          │ 2.0.0     │ 0.9655 │ 0.9478    │ 0.9838 │", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("90 pages", result.Stdout, StringComparison.Ordinal);

        using var report = JsonDocument.Parse(File.ReadAllBytes(json));
        Assert.Equal(1, report.RootElement.GetProperty("schemaVersion").GetInt32());
        var f1 = report.RootElement.GetProperty("chorus").GetProperty("f1").GetDouble();
        Assert.InRange(f1, 0.93, 1.0);
        Assert.Equal(90, report.RootElement.GetProperty("pages").GetArrayLength());
    }

    [Fact]
    public void OutTakesTheTableAndFormatJsonPutsTheReportOnStandardOutput()
    {
        var table = Path.Combine(folder, "extract.txt");
        var toFile = CliRunner.Run("eval", "extract", "--data", "../shared/data/article-extraction/val", "--out", table);
        Assert.Equal(0, toFile.ExitCode);
        Assert.Equal("", toFile.Stdout);
        Assert.Contains("│ trafilatura          │ 2.0.0     │ 0.9655 │ 0.9478    │ 0.9838 │", File.ReadAllText(table), StringComparison.Ordinal);

        var json = CliRunner.Run("eval", "extract", "--data", "../shared/data/article-extraction/val", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var report = JsonDocument.Parse(json.StdoutBytes);
        var f1 = report.RootElement.GetProperty("chorus").GetProperty("f1").GetDouble();
        var chorusRow = File.ReadAllLines(table).Single(l => l.StartsWith("│ chorus ", StringComparison.Ordinal));
        Assert.Contains($"│ {f1.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)} │", chorusRow, StringComparison.Ordinal);

        var show = CliRunner.Run("eval", "extract", "--data", "../shared/data/article-extraction/val", "--show", "0", "--format", "json");
        Assert.Equal(2, show.ExitCode);
        Assert.Contains("--show prints one page as text", show.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDataSetIsABadArgument()
    {
        var result = CliRunner.Run("eval", "extract", "--data", folder);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ground-truth.json is missing", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
