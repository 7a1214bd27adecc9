using System.Diagnostics;
using System.Text;
using Chorus.Core.Storage;
using Chorus.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Storage;

/// <summary>
/// The real <c>chorus ingest</c> killed mid-run: the database opens, passes <c>PRAGMA integrity_check</c>, holds
/// every article of every committed batch, and a rerun adds the rest without duplicates.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Articles = 1500;
    private const int BatchSize = 20;
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Fact]
    public void KilledIngestKeepsCommittedBatchesAndARerunCompletesWithoutDuplicates()
    {
        var inputs = Directory.CreateDirectory(folder.File("inputs")).FullName;
        for (var n = 0; n < Articles; n++)
        {
            var article = TempFolder.Article(n);
            var unique = $"Report number {n} was filed from district {n * 7919 % 10007} by correspondent {n * 104729 % 9973}.";
            File.WriteAllText(Path.Combine(inputs, $"{n:D5}.txt"), article.Content + "\n" + unique + "\n");
        }

        var db = folder.File("crash.db");
        var committed = KillAfterCommits(db, inputs, commits: 3);

        using (var store = SqliteStoryStore.Open(db))
        {
            Assert.Equal("ok", store.IntegrityCheck());
            var stored = store.Counts().Articles;
            Assert.True(stored >= committed * BatchSize, $"{stored} stored, {committed} batches reported committed");
            Assert.True(stored < Articles, "the run was killed before it finished");
            Assert.Equal(0, stored % BatchSize);
        }

        var origins = StoreRows.Query(db, "SELECT origin FROM articles ORDER BY origin");
        var expected = Directory.GetFiles(inputs).Order(StringComparer.Ordinal).Take(origins.Count).Select(Path.GetFileName).ToList();
        Assert.Equal(expected, origins.Select(Path.GetFileName).ToList());
        Assert.Equal(origins.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StoreRows.Query(db, "SELECT count(*) FROM story_articles").Single());

        var rerun = CliRunner.Run("ingest", inputs, "--db", db, "--batch-size", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"({origins.Count} already stored", rerun.Stdout, StringComparison.Ordinal);
        Assert.Equal(["1500"], StoreRows.Query(db, "SELECT count(*) FROM articles"));
        Assert.Equal(["1500"], StoreRows.Query(db, "SELECT count(DISTINCT origin) FROM articles"));
        Assert.Equal(["1500"], StoreRows.Query(db, "SELECT count(*) FROM story_articles"));
        Assert.Equal(["0"], StoreRows.Query(db, "SELECT count(*) FROM story_articles s LEFT JOIN stories t ON t.id = s.story_id WHERE t.id IS NULL"));
        Assert.Equal(["ok"], StoreRows.Query(db, "PRAGMA integrity_check"));
    }

    /// <summary>Starts <c>chorus ingest</c> and kills it once it reports <paramref name="commits"/> committed batches.</summary>
    private static int KillAfterCommits(string db, string inputs, int commits)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "chorus.dll"), "ingest", inputs, "--db", db, "--batch-size", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var seen = 0;
        while (process.StandardError.ReadLine() is { } line)
        {
            if (line.StartsWith("committed batch", StringComparison.Ordinal) && ++seen == commits)
            {
                process.Kill(entireProcessTree: true);
                break;
            }
        }

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "chorus ingest did not stop");
        Assert.Equal(commits, seen);
        return seen;
    }
}
