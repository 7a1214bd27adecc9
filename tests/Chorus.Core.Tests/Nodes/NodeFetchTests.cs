using System.Diagnostics;
using System.Globalization;
using Chorus.Core.Tests.Storage;
using Chorus.Core.Tests.Storage.Postgres;
using Chorus.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Nodes;

/// <summary>
/// Two real <c>chorus node</c> processes on one PostgreSQL store share the fetching of a URL list that
/// <c>chorus enqueue</c> stored without fetching: each page is requested once, by whichever node claims its chunk,
/// both nodes fetch, and the stories are those of one <c>chorus ingest</c> that fetched the list itself.
/// </summary>
[Collection(nameof(PostgresServerGroup))]
public sealed class NodeFetchTests(PostgresServer postgres) : IDisposable
{
    private const int Articles = 400;
    private const int BatchSize = 20;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Fact]
    public async Task TwoNodesFetchTheEnqueuedPagesOnceEachAndClusterThemAsOneIngest()
    {
        // A page takes 40 ms to answer, so fetching the list takes a node seconds: long enough for both to take part.
        await using var site = await ArticleSite.StartAsync(InventedNews.Articles(Articles), TimeSpan.FromMilliseconds(40));
        // The missing page is last: a page that fails takes its place out of the chunk it was in, and a chunk is
        // clustered as one batch, so one in the middle would shift every later batch's boundary against the ingest's.
        var list = site.WriteList(folder.File("urls.txt"), missingAfter: Articles);
        var size = BatchSize.ToString(CultureInfo.InvariantCulture);
        var single = folder.File("single.db");
        Assert.Equal(0, CliRunner.Run("ingest", list, "--db", single, "--batch-size", size, "--allow-private").ExitCode);
        site.ForgetRequests();

        var db = postgres.Uri(postgres.CreateDatabase());
        var enqueued = CliRunner.Run("enqueue", list, "--db", db);
        Assert.Equal(0, enqueued.ExitCode);
        Assert.Contains($"{Articles + 1} documents enqueued", enqueued.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{Articles + 1} of them pages the nodes fetch", enqueued.Stdout, StringComparison.Ordinal);
        Assert.Empty(site.Requests);

        using var redis = new RedisServer();
        var nodes = new[] { "n1", "n2" }.Select(n => new NodeProcess(n, db, redis.Url, BatchSize, "--allow-private", "--exit-when-done")).ToList();
        try
        {
            var clock = Stopwatch.StartNew();
            while (nodes.Any(n => !n.HasExited) && clock.Elapsed < Limit)
            {
                Thread.Sleep(200);
            }

            Assert.True(nodes.All(n => n.HasExited), $"the nodes did not finish within {Limit.TotalSeconds} s");
            Assert.Equal(Articles + 1, site.Requests.Count);
            Assert.All(site.Requests, r => Assert.Equal(1, r.Value));
            Assert.Single(nodes.SelectMany(n => n.Lines), line => line.Contains(site.MissingUrl, StringComparison.Ordinal) && line.Contains("404", StringComparison.Ordinal));
            Assert.Equal(["n1", "n2"], StoreRows.Query(db, "SELECT DISTINCT prepared_by FROM intake_chunks ORDER BY 1"));
            Assert.Equal(Stories(single), Stories(db));
            Assert.Equal(["0"], StoreRows.Query(db, "SELECT count(*) FROM intake WHERE document <> ''"));
        }
        finally
        {
            nodes.ForEach(n => n.Dispose());
        }
    }

    private static Dictionary<string, string> Stories(string db) =>
        StoreRows.Query(db, "SELECT a.origin || ' ' || s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id")
            .Select(row => row.Split(' '))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
}
