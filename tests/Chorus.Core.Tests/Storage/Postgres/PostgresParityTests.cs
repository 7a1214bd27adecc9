using System.Globalization;
using System.Text.Json;
using Chorus.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Storage.Postgres;

/// <summary>
/// The same inputs ingested into SQLite and into PostgreSQL by the real <c>chorus</c>: <c>stories</c> and
/// <c>show</c> write the same bytes from both, and <c>search</c> finds the same articles.
/// </summary>
[Collection(nameof(PostgresServerGroup))]
public sealed class PostgresParityTests(PostgresServer server) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Fact]
    public void StoriesShowAndSearchAreTheSameFromBothStores()
    {
        var inputs = Inputs();
        var sqlite = folder.File("news.db");
        var postgres = server.Uri(server.CreateDatabase());

        foreach (var db in new[] { sqlite, postgres })
        {
            // Two runs, the second in small batches and with one article again: resuming the clusterer from the
            // store and skipping stored articles must go the same way in both.
            var first = CliRunner.Run("ingest", "samples/kharsun-dam-flood", "--db", db);
            Assert.True(first.ExitCode == 0, first.Stderr);
            var second = CliRunner.Run("ingest", inputs, Path.Combine(RepoPaths.Samples, "kharsun-dam-flood", "03-kharsun-courier.txt"), "--db", db, "--batch-size", "4");
            Assert.True(second.ExitCode == 0, second.Stderr);
            Assert.Contains("(1 already stored", second.Stdout, StringComparison.Ordinal);
        }

        var fromSqlite = CliRunner.Run("stories", "--db", sqlite, "--format", "json");
        var fromPostgres = CliRunner.Run("stories", "--db", postgres, "--format", "json");
        Assert.Equal(0, fromPostgres.ExitCode);
        Assert.Equal(fromSqlite.Stdout, fromPostgres.Stdout);
        using var stories = JsonDocument.Parse(fromSqlite.StdoutBytes);
        var ids = stories.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.True(ids.Count >= 3, fromSqlite.Stdout);

        foreach (var id in ids)
        {
            foreach (var format in new[] { "json", "md" })
            {
                var shownSqlite = CliRunner.Run("show", id, "--db", sqlite, "--format", format);
                var shownPostgres = CliRunner.Run("show", id, "--db", postgres, "--format", format);
                Assert.Equal(0, shownPostgres.ExitCode);
                Assert.Equal(shownSqlite.Stdout, shownPostgres.Stdout);
            }
        }

        // The default show kept a brief for each story's version in both: --since reads it back the same way.
        Assert.Equal(CliRunner.Run("show", ids[0], "--since", "1", "--db", sqlite, "--format", "json").Stdout,
            CliRunner.Run("show", ids[0], "--since", "1", "--db", postgres, "--format", "json").Stdout);

        // A prefix matches stemmed words in both ("evacu*" finds "evacuated", "evacuat*" finds nothing in either).
        foreach (var query in new[] { "spillway", "Delmont orchestra", "\"girder crack\"", "evacu*", "ferries OR tickets", "Calvera -mayor", "evacuat*" })
        {
            var found = Found(sqlite, query);
            Assert.True(query == "evacuat*" ? found.Count == 0 : found.Count > 0, query);
            Assert.Equal(found, Found(postgres, query));
        }
    }

    /// <summary>The articles a search finds with their stories, sources and outlets (the rank and snippet are each engine's own).</summary>
    private static List<string> Found(string db, string query)
    {
        var search = CliRunner.Run("search", query, "--db", db, "--format", "json");
        Assert.True(search.ExitCode == 0, search.Stderr);
        using var json = JsonDocument.Parse(search.StdoutBytes);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => string.Join(" | ", h.GetProperty("articleId").GetString(), h.GetProperty("storyId").GetInt64(), h.GetProperty("source").GetString(),
                h.GetProperty("title").GetString(), h.GetProperty("outlet").GetString()))
            .Order(StringComparer.Ordinal).ToList();
        return hits;
    }

    /// <summary>Invented articles of two stories, dated, as plain-text files.</summary>
    private string Inputs()
    {
        var inputs = Directory.CreateDirectory(folder.File("inputs")).FullName;
        for (var n = 0; n < 12; n++)
        {
            var article = TempFolder.Article(n, date: $"May {1 + (n / 4)}, 2024");
            File.WriteAllText(Path.Combine(inputs, article.Origin), article.Content);
        }

        return inputs;
    }
}
