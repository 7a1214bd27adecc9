using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Cli;

/// <summary>A bad option value is a usage error naming the option (exit code 2), never silently clamped.</summary>
public class UsageErrorTests
{
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
}
