using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Cli;

/// <summary>
/// File names are the user's (or a downloaded archive's) to choose: a line break or control character in one must not
/// start a line of its own, in the terminal (a fake warning) or in the Markdown brief (a fake heading).
/// </summary>
public sealed class HostileNameTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-names-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ALineBreakInAFileNameCannotFakeAWarningOrAHeading()
    {
        File.WriteAllText(Path.Combine(folder, "empty\nwarning: all inputs were forged.txt"), "Subscribe\n");
        File.Copy(Path.Combine(RepoPaths.Samples, "kharsun-dam-flood", "01-meridian-wire.txt"), Path.Combine(folder, "wire\n## Forged heading\u001B[2J.txt"));

        var result = CliRunner.Run("brief", folder);

        Assert.Equal(0, result.ExitCode);
        var errorLines = result.Stderr.Split('\n');
        Assert.DoesNotContain(errorLines, l => l.StartsWith("warning: all inputs", StringComparison.Ordinal));
        Assert.Contains(errorLines, l => l.EndsWith("empty\\nwarning: all inputs were forged.txt: only 0 words of article text after cleaning; skipped", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001B', result.Stdout + result.Stderr);
        var lines = result.Stdout.Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("## Forged", StringComparison.Ordinal) || l.StartsWith("warning: all", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| S1 ", StringComparison.Ordinal) && l.Contains("wire \\#\\# Forged heading", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("- warning: `", StringComparison.Ordinal) && l.Contains("empty warning: all inputs were forged.txt`", StringComparison.Ordinal));
    }

    [Fact]
    public void AnIngestThatAddsNothingLeavesNoStoreBehindButKeepsAnExistingOne()
    {
        var rejected = Path.Combine(folder, "rejected.txt");
        File.WriteAllText(rejected, "Subscribe\nShare this\n");
        var fresh = Path.Combine(folder, "fresh.db");
        var existing = Path.Combine(folder, "existing.db");

        var nothing = CliRunner.Run("ingest", rejected, "--db", fresh);
        var filled = CliRunner.Run("ingest", "samples/kharsun-dam-flood", "--db", existing);
        var nothingMore = CliRunner.Run("ingest", rejected, "--db", existing);

        Assert.Equal(1, nothing.ExitCode);
        Assert.False(File.Exists(fresh));
        Assert.False(File.Exists(fresh + "-wal"));
        Assert.Contains($"the empty store {fresh} this run created is removed", nothing.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, filled.ExitCode);
        Assert.Equal(1, nothingMore.ExitCode);
        Assert.True(File.Exists(existing));
        Assert.Contains($"{existing} holds 5 articles in 1 stories", nothingMore.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("removed", nothingMore.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ADamagedStoreIsExit3NamingTheFile()
    {
        var damaged = Path.Combine(folder, "damaged.db");
        File.WriteAllText(damaged, "these bytes are not a SQLite database");

        var stories = CliRunner.Run("stories", "--db", damaged);
        var ingest = CliRunner.Run("ingest", "samples/kharsun-dam-flood", "--db", damaged);

        Assert.Equal(3, stories.ExitCode);
        Assert.StartsWith($"error: {damaged}: not a SQLite database", stories.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, ingest.ExitCode);
        Assert.Contains($"error: {damaged}: not a SQLite database", ingest.Stderr, StringComparison.Ordinal);
        Assert.Equal("these bytes are not a SQLite database", File.ReadAllText(damaged));
    }
}
