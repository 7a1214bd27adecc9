using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Cli;

/// <summary>A bad option value is a usage error naming the option (exit code 2), never silently clamped.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-usage-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("--words", "brief", "samples/kharsun-dam-flood", "--words", "0")]
    [InlineData("--words", "show", "1", "--words", "0")]
    [InlineData("--limit", "search", "flood", "--limit", "0")]
    [InlineData("--limit", "stories", "--limit", "-1")]
    [InlineData("--batch-size", "ingest", "samples/kharsun-dam-flood", "--batch-size", "0")]
    [InlineData("not both", "eval", "summarize", "--data", "missing.jsonl", "--words", "5", "--bytes", "50")]
    public void IsRefusedWithExitCode2(string named, params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--words abc: not a whole number.", "brief", "x", "--words", "abc")]
    [InlineData("--words 0: must be at least 1.", "brief", "x", "--words", "0")]
    [InlineData("story abc: not a whole number.", "show", "abc")]
    [InlineData("story 0: must be at least 1.", "show", "0")]
    [InlineData("--limit 99999999999: must be at most 2147483647.", "search", "flood", "--limit", "99999999999")]
    [InlineData("--batch-size many: not a whole number.", "ingest", "samples/kharsun-dam-flood", "--batch-size", "many")]
    [InlineData("--seed x: not a whole number.", "eval", "cluster", "--data", "missing.jsonl", "--seed", "x")]
    [InlineData("--host-delay soon: must be a number of seconds, 0 or more.", "feeds", "poll", "--once", "--host-delay", "soon")]
    [InlineData("--format pdf: not a format of this command (use table or json).", "stories", "--format", "pdf")]
    [InlineData("unknown option --frmat (did you mean --format?)", "brief", "samples/kharsun-dam-flood", "--frmat", "json")]
    [InlineData("unknown option --batchsize (did you mean --batch-size?)", "ingest", "--batchsize", "5", "samples/kharsun-dam-flood")]
    [InlineData("unknown option --wrds (did you mean --words?)", "show", "1", "--wrds", "3")]
    [InlineData("unknown option --colour", "stories", "--colour")]
    [InlineData("unexpected argument 'extra'", "stories", "extra")]
    [InlineData("unknown command 'sumarize'", "eval", "sumarize")]
    public void NamesTheOptionAndValueAndDoesNotRun(string message, params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {message}", result.Stderr.Split('\n')[0]);
        Assert.Contains("--help", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void AnInputThatLooksLikeAnOptionButExistsIsRead()
    {
        // The command runs in the repository root, so a relative name starting with '-' must be there; a unique name, removed after.
        var name = $"-chorus-usage-{Guid.NewGuid():N}.txt";
        var article = Path.Combine(RepoPaths.Root, name);
        File.Copy(Path.Combine(RepoPaths.Samples, "kharsun-dam-flood", "01-meridian-wire.txt"), article);
        try
        {
            var result = CliRunner.Run("brief", name, "--format", "json");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("\"storyCount\": 1", result.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(article);
        }
    }

    [Theory]
    [InlineData("brief", "samples/kharsun-dam-flood", "--out")]
    [InlineData("stories", "--db", "missing.db", "--out")]
    [InlineData("eval", "extract", "--json")]
    public void AFolderWhereAFileIsWrittenIsRefusedBeforeAnyWork(params string[] args)
    {
        var result = CliRunner.Run([.. args, folder]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{args[^1]} {folder}: is a folder; name a file to write.", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Theory]
    [InlineData("summarize", "--data", "a summarization data set", "not a cluster")]
    [InlineData("rouge", "--pairs", "a file of prediction/reference pairs", "not a prediction/reference pair")]
    public void AWrongEvalDataFileIsOneMessageWithItsFirstBadLine(string evaluation, string option, string what, string lineProblem)
    {
        var notes = Path.Combine(folder, "notes.md");
        File.WriteAllLines(notes, Enumerable.Range(1, 40).Select(i => $"Line {i} of some notes, not JSON."));

        var result = CliRunner.Run("eval", evaluation, option, notes);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {notes}: not {what} (none of its 40 lines can be read); first bad line: {notes}:1: {lineProblem}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AFewBadLinesAmongGoodOnesAreNamedUpToThreeThenCounted()
    {
        var golden = File.ReadLines(Path.Combine(RepoPaths.Data, "rouge", "golden.jsonl")).First();
        var pairs = Path.Combine(folder, "pairs.jsonl");
        File.WriteAllLines(pairs, [golden, .. Enumerable.Repeat("{\"prediction\": 3}", 5)]);

        var result = CliRunner.Run("eval", "rouge", "--pairs", pairs);

        Assert.Equal(0, result.ExitCode);
        var warnings = result.Stderr.Split('\n').Where(l => l.StartsWith("warning:", StringComparison.Ordinal)).ToList();
        for (var line = 2; line <= 4; line++)
        {
            Assert.StartsWith($"warning: {pairs}:{line}: not a prediction/reference pair", warnings[line - 2], StringComparison.Ordinal);
        }

        Assert.Equal($"warning: {pairs}: 2 more bad lines skipped", warnings[3]);
        Assert.Equal(4, warnings.Count);
    }
}
