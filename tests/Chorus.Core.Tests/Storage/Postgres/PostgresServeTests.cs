using System.Diagnostics;
using System.Text.Json;
using Chorus.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Storage.Postgres;

/// <summary>
/// The real <c>chorus serve</c> on a PostgreSQL store and on a SQLite store holding the same ingest: the reader's
/// API answers the same bytes from both (story list, every story's brief), and search finds the same articles (each
/// database ranks them by its own full-text score).
/// </summary>
[Collection(nameof(PostgresServerGroup))]
public sealed class PostgresServeTests(PostgresServer server) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Fact]
    public async Task ServeAnswersTheSameFromPostgresqlAsFromSqlite()
    {
        var sqlite = folder.File("news.db");
        var postgres = server.Uri(server.CreateDatabase());
        foreach (var db in new[] { sqlite, postgres })
        {
            var ingest = CliRunner.Run("ingest", "samples/kharsun-dam-flood", "--db", db);
            Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        }

        using var fromSqlite = await ServeAsync(sqlite);
        using var fromPostgres = await ServeAsync(postgres);
        using var client = new HttpClient();
        var stories = await client.GetStringAsync(fromPostgres.Url + "/api/v1/stories", TestContext.Current.CancellationToken);
        Assert.Equal(await client.GetStringAsync(fromSqlite.Url + "/api/v1/stories", TestContext.Current.CancellationToken), stories);
        var ids = JsonDocument.Parse(stories).RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetInt64()).ToList();
        Assert.NotEmpty(ids);
        foreach (var path in ids.Select(id => $"/api/v1/stories/{id}"))
        {
            var fromPg = await client.GetStringAsync(fromPostgres.Url + path, TestContext.Current.CancellationToken);
            Assert.Equal(await client.GetStringAsync(fromSqlite.Url + path, TestContext.Current.CancellationToken), fromPg);
        }

        var found = await Task.WhenAll(new[] { fromSqlite, fromPostgres }.Select(async s =>
            Articles(await client.GetStringAsync(s.Url + "/api/v1/search?q=dam%20gate", TestContext.Current.CancellationToken))));
        Assert.NotEmpty(found[0]);
        Assert.Equal(found[0], found[1]);

        Assert.Contains("Teshkan", await client.GetStringAsync(fromPostgres.Url + $"/stories/{ids[0]}", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static List<string> Articles(string searchJson) =>
        [.. JsonDocument.Parse(searchJson).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("articleId").GetString()!).Order(StringComparer.Ordinal)];

    private static async Task<Served> ServeAsync(string db)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "chorus.dll"), "serve", "--db", db, "--urls", "http://127.0.0.1:0", "--no-poll"])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardError.ReadLineAsync(wait.Token) is { } line)
        {
            if (line.StartsWith("serving ", StringComparison.Ordinal))
            {
                return new Served(process, line.Split(" at ")[^1].Split(' ')[0]);
            }
        }

        process.Kill();
        throw new InvalidOperationException($"chorus serve --db {db} did not start");
    }

    private sealed record Served(Process Process, string Url) : IDisposable
    {
        public void Dispose()
        {
            Process.Kill();
            Process.WaitForExit(10_000);
            Process.Dispose();
        }
    }
}
