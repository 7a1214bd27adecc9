using System.Text.Json;
using Chorus.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Storage;

/// <summary>The real <c>chorus ingest</c>, <c>stories</c>, <c>show</c> and <c>search</c> on the shipped sample and seeds.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Fact]
    public void IngestThenListShowAndSearchStories()
    {
        var db = folder.File("news.db");
        var ingest = CliRunner.Run("ingest", "samples/kharsun-dam-flood", "../shared/seeds", "--db", db);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("10 articles added", ingest.Stdout, StringComparison.Ordinal);
        Assert.Contains("committed batch 1", ingest.Stderr, StringComparison.Ordinal);

        var stories = CliRunner.Run("stories", "--db", db, "--format", "json");
        Assert.Equal(0, stories.ExitCode);
        using var json = JsonDocument.Parse(stories.StdoutBytes);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        var list = json.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(2, list.Count); // the sample's flood, and the seeds' five reports of one Afghan border story
        var flood = Assert.Single(list, s => s.GetProperty("headline").GetString()!.Contains("flood", StringComparison.OrdinalIgnoreCase));
        var afghan = Assert.Single(list, s => s.GetProperty("headline").GetString()!.Contains("Afghan", StringComparison.Ordinal));
        Assert.Equal(5, afghan.GetProperty("articles").GetInt32());
        Assert.Equal(5, flood.GetProperty("articles").GetInt32());
        Assert.Equal(4, flood.GetProperty("independentSources").GetInt32());
        Assert.Equal("2026-03-15T00:00:00Z", flood.GetProperty("firstSeen").GetString());
        Assert.Equal(stories.Stdout, CliRunner.Run("stories", "--db", db, "--format", "json").Stdout);

        var table = CliRunner.Run("stories", "--db", db, "--min-sources", "4", "--since", "2026-01-01");
        Assert.Contains("Thousands evacuated as jammed dam gate floods Veldorian town", table.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Afghan", table.Stdout, StringComparison.Ordinal);
        var tableFile = folder.File("stories.txt");
        Assert.Equal(0, CliRunner.Run("stories", "--db", db, "--min-sources", "4", "--since", "2026-01-01", "--out", tableFile).ExitCode);
        Assert.Equal(table.StdoutBytes, File.ReadAllBytes(tableFile));

        // The stored story's brief says what the brief of the same five files says (sources are labelled in
        // arrival order rather than file order, so only the summary sentences are compared).
        var id = flood.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var shown = CliRunner.Run("show", id, "--db", db);
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("5 articles from 4 independent sources", shown.Stdout, StringComparison.Ordinal);
        var direct = CliRunner.Run("brief", "samples/kharsun-dam-flood");
        Assert.Equal(Summary(direct.Stdout), Summary(shown.Stdout));
        var shownFile = folder.File("story.md");
        Assert.Equal(0, CliRunner.Run("show", id, "--db", db, "--out", shownFile).ExitCode);
        Assert.Equal(shown.StdoutBytes, File.ReadAllBytes(shownFile));

        var search = CliRunner.Run("search", "spillway gate", "--db", db, "--format", "json");
        using var hits = JsonDocument.Parse(search.StdoutBytes);
        var found = hits.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(found);
        Assert.All(found, h => Assert.Equal(flood.GetProperty("id").GetInt64(), h.GetProperty("storyId").GetInt64()));
    }

    [Fact]
    public void UnknownStoryAndMissingDatabaseAreNamed()
    {
        var db = folder.File("news.db");
        var missing = CliRunner.Run("stories", "--db", db);
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("no such database", missing.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(db));

        Assert.Equal(0, CliRunner.Run("ingest", "samples/kharsun-dam-flood", "--db", db).ExitCode);
        var unknown = CliRunner.Run("show", "999", "--db", db);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("story 999: not in", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void IngestIntoAForeignFileIsRefusedWithoutTouchingIt()
    {
        var db = folder.File("report.db");
        var bytes = "%PDF-1.4 not a database"u8.ToArray();
        File.WriteAllBytes(db, bytes);
        var result = CliRunner.Run("ingest", "samples/kharsun-dam-flood", "--db", db);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("not a SQLite database", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(db));
    }

    private static string Summary(string markdown)
    {
        var start = markdown.IndexOf("## Summary", StringComparison.Ordinal);
        var end = markdown.IndexOf("## Sources", StringComparison.Ordinal);
        var lines = markdown[start..end].Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).ToList();
        Assert.NotEmpty(lines);
        return string.Join('\n', lines);
    }
}
