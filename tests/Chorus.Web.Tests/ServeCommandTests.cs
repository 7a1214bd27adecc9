using System.Diagnostics;
using Chorus.Web.Tests.Support;
using Xunit;

namespace Chorus.Web.Tests;

/// <summary>The real <c>chorus serve</c>: refuses an unusable store with the store's exit code, and stops cleanly on Ctrl+C.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-serve-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void AMissingStoreExitsWithTheStoreCodeAndMessage()
    {
        var db = Path.Combine(folder, "none.db");
        var result = CliRunner.Run("serve", "--db", db, "--urls", "http://127.0.0.1:0");
        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"error: {db}: no such database (run chorus ingest first, or name one with --db)\n", result.Stderr);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void AForeignFileExitsWithTheStoreCodeAndIsLeftUntouched()
    {
        var db = Path.Combine(folder, "notes.db");
        File.WriteAllText(db, "these are my notes, not a database\n");
        var result = CliRunner.Run("serve", "--db", db, "--urls", "http://127.0.0.1:0");
        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"error: {db}: not a SQLite database, so not a Chorus store; left untouched (use --db to name another file)\n", result.Stderr);
        Assert.Equal("these are my notes, not a database\n", File.ReadAllText(db));
    }

    [Fact]
    public void AMissingKeyFileIsABadArgument()
    {
        var result = CliRunner.Run("serve", "--db", Path.Combine(folder, "x.db"), "--api-key-file", Path.Combine(folder, "key.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("key.txt: no such file (--api-key-file)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CtrlCStopsTheServerCleanly()
    {
        var db = Path.Combine(folder, "sample.db");
        Assert.Equal(0, CliRunner.Run("ingest", Repo.Sample, "--db", db).ExitCode);
        var start = CliRunner.StartInfo("serve", "--db", db, "--urls", "http://127.0.0.1:0");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        string? line;
        var listening = "";
        while ((line = await process.StandardError.ReadLineAsync(TestContext.Current.CancellationToken)) is not null)
        {
            if (line.StartsWith("serving ", StringComparison.Ordinal))
            {
                listening = line;
                break;
            }
        }

        Assert.Matches("^serving .*sample.db at http://127.0.0.1:[0-9]+ \\(read-only: no API key\\), polling its feeds; Ctrl\\+C stops$", listening);
        var url = listening.Split(" at ")[1].Split(' ')[0];
        using (var client = new HttpClient())
        {
            Assert.Contains("Thousands evacuated", await client.GetStringAsync(url + "/", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        // What Ctrl+C in a terminal sends.
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, kill.ExitCode);
        }

        var rest = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "chorus serve did not stop on SIGINT");
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Application is shutting down", await rest, StringComparison.Ordinal);
        Assert.Equal("", await stdout);
    }
}
