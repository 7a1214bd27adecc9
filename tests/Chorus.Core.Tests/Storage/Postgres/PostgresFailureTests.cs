using System.Net;
using System.Net.Sockets;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Chorus.Core.Tests.Support;
using Npgsql;
using Xunit;

namespace Chorus.Core.Tests.Storage.Postgres;

/// <summary>A PostgreSQL store in bad conditions: no server, a newer or foreign schema, a server restarted mid-run, a second writer.</summary>
[Collection(nameof(PostgresServerGroup))]
public sealed class PostgresFailureTests(PostgresServer server)
{
    [Fact]
    public void AnUnreachableServerIsOneLineNamingTheStoreWithoutItsPassword()
    {
        var port = ClosedPort();
        var db = $"postgres://chorus:hunter2secret@127.0.0.1:{port}/news";
        foreach (var args in new[] { new[] { "stories", "--db", db }, ["ingest", "samples/kharsun-dam-flood", "--db", db], ["serve", "--db", db, "--urls", "http://127.0.0.1:0"] })
        {
            var run = CliRunner.Run(args);
            Assert.Equal(3, run.ExitCode);
            var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains($"postgres://chorus:***@127.0.0.1:{port}/news", line, StringComparison.Ordinal);
            Assert.Contains("cannot connect to PostgreSQL", line, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2secret", run.Stderr + run.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", run.Stderr, StringComparison.Ordinal);
        }

        var keywords = CliRunner.Run("stories", "--db", $"Host=127.0.0.1;Port={port};Username=chorus;Password=hunter2secret;Database=news");
        Assert.Equal(3, keywords.ExitCode);
        Assert.Contains("Password=***", keywords.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2secret", keywords.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AStoreOfANewerSchemaOrAnotherProgramIsRefused()
    {
        var db = server.CreateDatabase();
        using (var store = PostgresStoryStore.Open(db))
        {
            Assert.Equal(SqliteSchema.Latest, store.SchemaVersion);
        }

        var newer = SqliteSchema.Latest + 1;
        Execute(db, $"UPDATE chorus_meta SET value = '{newer}' WHERE key = 'schema_version'");
        var refused = CliRunner.Run("stories", "--db", db);
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains($"schema {newer}, this one knows up to {SqliteSchema.Latest}", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, CliRunner.Run("ingest", "samples/kharsun-dam-flood", "--db", db).ExitCode);
        Assert.Equal(newer.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(db, "SELECT value FROM chorus_meta WHERE key = 'schema_version'"));

        var foreign = server.CreateDatabase();
        Execute(foreign, "CREATE TABLE invoices (id integer PRIMARY KEY)");
        var other = CliRunner.Run("ingest", "samples/kharsun-dam-flood", "--db", foreign);
        Assert.Equal(3, other.ExitCode);
        Assert.Contains("another program", other.Stderr, StringComparison.Ordinal);
        Assert.Null(Scalar(foreign, "SELECT to_regclass('articles')::text"));
    }

    [Fact]
    public void ARestartBetweenIngestsAndBeforeACommitLosesNothing()
    {
        var db = server.CreateDatabase();
        Assert.Equal(0, CliRunner.Run("ingest", "samples/kharsun-dam-flood", "--db", db).ExitCode);
        server.Restart();
        var after = CliRunner.Run("ingest", "samples/kharsun-dam-flood", "--db", db);
        Assert.Equal(0, after.ExitCode);
        Assert.Contains("(5 already stored", after.Stdout, StringComparison.Ordinal);

        // During one run: the server restarts after the first batch and again just before the second is written.
        using var store = PostgresStoryStore.Open(db);
        using (var pipeline = new IngestPipeline(store, ["test"]))
        {
            pipeline.IngestBatch([.. Enumerable.Range(0, 6).Select(n => TempFolder.Article(n))]);
            server.Restart();
            var restarts = 0;
            store.BeforeCommit = () =>
            {
                if (restarts++ == 0)
                {
                    server.Restart();
                }
            };
            var second = pipeline.IngestBatch([.. Enumerable.Range(6, 6).Select(n => TempFolder.Article(n))]);
            Assert.Equal(6, second.Added);
            Assert.Equal(1, restarts); // the batch met a broken connection once and was written again on a fresh one

            // The writer lease was taken again on the new connection: another writer still has to wait.
            using var other = PostgresStoryStore.Open(db);
            Assert.Throws<StoreBusyException>(() => other.AcquireWriter(maxWait: TimeSpan.FromMilliseconds(300), cancellation: TestContext.Current.CancellationToken));
            store.BeforeCommit = null;
            Assert.Equal(12, pipeline.Finish().Added);
        }

        Assert.Equal(17, store.Counts().Articles);
        Assert.Equal("17", Scalar(db, "SELECT count(*)::text FROM story_articles"));
        Assert.Equal("17", Scalar(db, "SELECT value FROM state WHERE key = 'documents'"));
        using var next = PostgresStoryStore.Open(db);
        using (next.AcquireWriter(maxWait: TimeSpan.FromSeconds(5), cancellation: TestContext.Current.CancellationToken))
        {
            // the lease is free once the run is finished
        }
    }

    [Fact]
    public void AKilledWritersSessionReleasesTheLease()
    {
        var db = server.CreateDatabase();
        using var first = PostgresStoryStore.Open(db);
        using var second = PostgresStoryStore.Open(db);
        var waited = new List<string>();
        using (first.AcquireWriter(cancellation: TestContext.Current.CancellationToken))
        {
            Assert.Throws<StoreBusyException>(() => second.AcquireWriter(waited.Add, TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken));
            Assert.Contains("another writer", Assert.Single(waited), StringComparison.Ordinal);

            // The writer's session ends as a killed process's would.
            Execute(db, "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()");
            using (second.AcquireWriter(maxWait: TimeSpan.FromSeconds(5), cancellation: TestContext.Current.CancellationToken))
            {
                Assert.Empty(second.Feeds()); // the second store works as the writer now
            }
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Execute(string db, string sql)
    {
        using var connection = new NpgsqlConnection(db);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string? Scalar(string db, string sql)
    {
        using var connection = new NpgsqlConnection(db);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar() as string;
    }
}
