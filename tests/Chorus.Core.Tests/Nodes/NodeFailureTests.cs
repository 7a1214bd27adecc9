using System.Diagnostics;
using System.Globalization;
using Chorus.Core.Intake;
using Chorus.Core.Storage;
using Chorus.Core.Tests.Storage;
using Chorus.Core.Tests.Storage.Postgres;
using Chorus.Core.Tests.Support;
using Chorus.Evaluation;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Nodes;

/// <summary>
/// Three real <c>chorus node</c> processes on one store (a PostgreSQL database, or a SQLite file shared on one
/// machine) and one Redis; the one holding the story writer is killed with SIGKILL partway. The survivors finish the
/// intake, and the stored stories are those of one <c>chorus ingest</c> into SQLite of the same documents in the same
/// order: every article once, every story once.
/// </summary>
[Collection(nameof(PostgresServerGroup))]
public sealed class NodeFailureTests(PostgresServer postgres) : IDisposable
{
    private const int Articles = 1200;
    private const int BatchSize = 20;
    // Under three minutes in all with the ingest it is compared with, on a loaded two-core machine.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(150);
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Theory]
    [InlineData("postgresql")]
    [InlineData("sqlite")]
    public void KillingTheNodeThatWritesStoriesLosesAndDuplicatesNothing(string kind)
    {
        var articles = InventedNews.Articles(Articles);
        var firstHalf = InventedNews.WriteFolder(articles.Take(Articles / 2).ToList(), folder.Path, "first");
        var secondHalf = InventedNews.WriteFolder(articles.Skip(Articles / 2).ToList(), folder.Path, "second");
        var size = BatchSize.ToString(CultureInfo.InvariantCulture);
        var single = folder.File("single.db");
        Assert.Equal(0, CliRunner.Run("ingest", firstHalf, secondHalf, "--db", single, "--batch-size", size).ExitCode);

        var db = kind == "postgresql" ? postgres.Uri(postgres.CreateDatabase()) : folder.File("nodes.db");
        Assert.Equal(0, CliRunner.Run("enqueue", firstHalf, "--db", db).ExitCode);
        using var redis = new RedisServer();
        var nodes = new[] { "n1", "n2", "n3" }.Select(n => new NodeProcess(n, db, redis.Url, BatchSize)).ToList();
        try
        {
            var clock = Stopwatch.StartNew();
            WaitFor(() => nodes.FirstOrDefault(n => n.Lines.Any(IsActivation)), clock, "no node activated the story writer");
            WaitFor(() => Progress(db).Mark >= 3 ? "" : null, clock, "the writer committed no chunk");

            // The writer is where it was activated last: while the nodes join, Orleans may move it from the first.
            var writer = nodes.MaxBy(n => n.LastSeen(IsActivation) ?? DateTime.MinValue)!;
            var survivors = nodes.Where(n => n != writer).ToList();
            var seenBeforeKill = survivors.ToDictionary(n => n, n => n.Lines.Count);
            writer.KillHard();
            var markAtKill = Progress(db).Mark;

            // A reader opens a story that grows in the second half, so each later version of it is due a brief, which
            // the writer hands to a brief grain on some node. The rest arrives after the kill, so the survivors must
            // take the writer over to finish.
            WaitFor(() => Progress(db) is { Done: true, Documents: Articles / 2 } ? "" : null, clock, "the first half was not finished");
            var growing = long.Parse(StoreRows.Query(single, GrowingStory)[0], CultureInfo.InvariantCulture);
            WaitFor(() => CliRunner.Run("show", growing.ToString(CultureInfo.InvariantCulture), "--db", db, "--format", "json").ExitCode == 0 && HasCurrentBrief(db, growing) ? "" : null, clock, "the reader's brief was not saved");
            var versionRead = Version(db, growing);
            Assert.Equal(0, CliRunner.Run("enqueue", secondHalf, "--db", db).ExitCode);
            if (kind == "postgresql")
            {
                // The server restarts under the working nodes: they reconnect and go on, losing and doubling nothing.
                postgres.Restart();
            }

            WaitFor(() => Progress(db) is { Done: true, Documents: Articles } ? "" : null, clock, "the intake was not finished");
            var takeover = survivors.SelectMany(n => n.Lines.Skip(seenBeforeKill[n])).Where(IsActivation).ToList();
            Assert.NotEmpty(takeover);
            Assert.All(takeover, line => Assert.True(ResumedAfter(line) >= markAtKill, line));

            Assert.Equal(["1200", "1200", "1200"], StoreRows.Query(db, "SELECT count(*) FROM articles UNION ALL SELECT count(DISTINCT origin) FROM articles UNION ALL SELECT count(*) FROM story_articles"));
            Assert.Equal(["0"], StoreRows.Query(db, "SELECT count(*) FROM story_articles s LEFT JOIN stories t ON t.id = s.story_id WHERE t.id IS NULL"));
            Assert.Equal(["0"], StoreRows.Query(db, "SELECT count(*) FROM stories t WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.story_id = t.id)"));
            Assert.Equal(StoreRows.Query(single, "SELECT count(*) FROM stories"), StoreRows.Query(db, "SELECT count(*) FROM stories"));
            Assert.Equal(["1200", "0"], StoreRows.Query(db, "SELECT count(*) FROM intake UNION ALL SELECT count(*) FROM intake WHERE document <> ''"));

            // Built by a node, not by the reader (who read an older version); the same bytes as one ingest's brief.
            Assert.True(Version(db, growing) > versionRead);
            WaitFor(() => HasCurrentBrief(db, growing) ? "" : null, clock, "no node built the grown story's brief");
            var shown = CliRunner.Run("show", growing.ToString(CultureInfo.InvariantCulture), "--db", db, "--format", "json");
            Assert.Equal(CliRunner.Run("show", growing.ToString(CultureInfo.InvariantCulture), "--db", single, "--format", "json").Stdout, shown.Stdout);

            var expected = Stories(single);
            var found = Stories(db);
            Assert.Equal(expected, found);
            var agreement = ClusteringMetrics.Score(expected.Keys.Select(origin => (expected[origin], found[origin])).ToList());
            Assert.True(agreement.BCubed.F1 >= 0.99, $"B-cubed F1 {agreement.BCubed.F1:F4} between the nodes' stories and one ingest's");
        }
        finally
        {
            nodes.ForEach(n => n.Dispose());
        }
    }

    /// <summary>The largest story of one ingest with articles in both halves (ids are the same in both runs).</summary>
    private const string GrowingStory = """
        SELECT s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id GROUP BY s.story_id
        HAVING sum(CASE WHEN a.origin LIKE '%/first/%' THEN 1 ELSE 0 END) > 0 AND sum(CASE WHEN a.origin LIKE '%/second/%' THEN 1 ELSE 0 END) > 0
        ORDER BY count(*) DESC, s.story_id LIMIT 1
        """;

    private static int Version(string db, long story)
    {
        using var store = StoreLocation.Open(db);
        return store.Story(story)!.Version;
    }

    private static bool HasCurrentBrief(string db, long story)
    {
        using var store = StoreLocation.Open(db);
        return store.Brief(story, store.Story(story)!.Version) is not null;
    }

    private static bool IsActivation(string line) => line.Contains("partition all: writer on", StringComparison.Ordinal);

    private static long ResumedAfter(string line) => long.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);

    private static T WaitFor<T>(Func<T?> found, Stopwatch clock, string failure)
        where T : class
    {
        while (clock.Elapsed < Limit)
        {
            if (found() is { } result)
            {
                return result;
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"{failure} within {Limit.TotalSeconds} s");
    }

    private static IntakeProgress Progress(string db)
    {
        using var store = StoreLocation.Open(db);
        return store.Intake.Progress(IntakeWriter.AllPartition);
    }

    /// <summary>Each article's story, by file name (the two runs name stories alike only if they cluster alike).</summary>
    private static Dictionary<string, long> Stories(string db) =>
        StoreRows.Query(db, "SELECT a.origin || ' ' || s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id")
            .Select(row => row.Split(' '))
            .ToDictionary(parts => Path.GetFileName(parts[0]), parts => long.Parse(parts[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
