using Chorus.Core.Clustering;
using Microsoft.Data.Sqlite;

namespace Chorus.Core.Storage;

/// <summary>
/// The store in one SQLite file (Microsoft.Data.Sqlite): WAL journal, one transaction per batch, schema migrations
/// by <c>user_version</c>, idempotent by article id, FTS5 search. A file that is not a Chorus database is refused
/// and left untouched.
/// </summary>
public sealed partial class SqliteStoryStore : IStoryStore
{
    public const string DefaultPath = "chorus.db";

    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    private readonly SqliteConnection connection;

    private readonly int schemaVersion;

    private readonly ReentrantLease<WriterLease> lease = new();

    private SqliteStoryStore(SqliteConnection connection, string path, int schemaVersion)
    {
        this.connection = connection;
        this.schemaVersion = schemaVersion;
        Path = path;
    }

    public string Path { get; }

    public IIntake Intake => field ??= new SqliteIntake(this);

    /// <summary>Opens (or creates) the store and brings its schema up to date.</summary>
    public static SqliteStoryStore Open(string path) => Open(path, SqliteSchema.Latest);

    /// <summary>Opens the store migrated only up to <paramref name="schemaVersion"/> (tests of migrations use this).</summary>
    internal static SqliteStoryStore Open(string path, int schemaVersion)
    {
        RefuseForeignFile(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            var tables = SqliteSchema.TableCount(connection);
            var applicationId = SqliteSchema.StoredApplicationId(connection);
            var version = SqliteSchema.UserVersion(connection);
            if (tables > 0 && applicationId != SqliteSchema.ApplicationId)
            {
                throw new StoreException($"{path}: a SQLite database of another program, not a Chorus store; left untouched (use --db to name another file)");
            }

            if (version > SqliteSchema.Latest)
            {
                throw new StoreException($"{path}: made by a newer Chorus (schema {version}, this one knows up to {SqliteSchema.Latest}); left untouched");
            }

            // WAL: readers never block the writer, and a killed writer loses at most its open transaction.
            // synchronous=NORMAL is durable against a crashed process (not against power loss), and much faster.
            // A 64 MB page cache keeps the FTS5 and id indexes in memory during large ingests.
            SqliteSchema.Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
            SqliteSchema.Migrate(connection, schemaVersion);
            return new SqliteStoryStore(connection, path, SqliteSchema.UserVersion(connection));
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot be used as a Chorus store ({Reason(e)}); left untouched", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public int SchemaVersion => SqliteSchema.UserVersion(connection);

    /// <summary>The result of <c>PRAGMA integrity_check</c>: "ok" for a sound file.</summary>
    public string IntegrityCheck() => (string)SqliteSchema.Scalar(connection, "PRAGMA integrity_check")!;

    /// <summary>
    /// Caps this connection's page cache. A server holds one connection per concurrent reader, and the 64 MB that
    /// suits a long ingest would multiply by their number.
    /// </summary>
    public void LimitPageCache(int megabytes) =>
        SqliteSchema.Execute(connection, $"PRAGMA cache_size = -{Math.Max(1, megabytes) * 1024}");

    public void Dispose()
    {
        lease.Dispose();
        connection.Dispose();
    }

    internal SqliteConnection Connection => connection;

    internal static string Reason(SqliteException e) => e.SqliteErrorCode switch
    {
        26 => "not a database file",
        8 => "read-only: the file or its folder cannot be written",
        11 => "the file is damaged",
        _ => e.Message.TrimEnd('.'),
    };

    private static void RefuseForeignFile(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return;
        }

        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var file = File.OpenRead(path);
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path}: cannot be read: {e.Message}", e);
        }

        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
        {
            throw new StoreException($"{path}: not a SQLite database, so not a Chorus store; left untouched (use --db to name another file)");
        }
    }

    public StoreCounts Counts()
    {
        long Count(string table) => (long)SqliteSchema.Scalar(connection, $"SELECT count(*) FROM {table}")!;
        return new StoreCounts(Count("articles"), Count("sentences"), Count("copies"), Count("stories"), Count("runs"));
    }

    public IReadOnlySet<string> Existing(IReadOnlyCollection<string> articleIds)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in articleIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            using var command = connection.CreateCommand();
            var names = chunk.Select((id, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            command.CommandText = $"SELECT id FROM articles WHERE id IN ({string.Join(',', names)})";
            for (var i = 0; i < chunk.Length; i++)
            {
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found.Add(reader.GetString(0));
            }
        }

        return found;
    }

    public long StartRun(IReadOnlyList<string> sources, DateTime startedUtc)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO runs(started, sources) VALUES ($started, $sources) RETURNING id";
        command.Parameters.AddWithValue("$started", StoreTime.Format(startedUtc));
        command.Parameters.AddWithValue("$sources", string.Join('\n', sources.Select(UrlCredentials.Strip)));
        return (long)command.ExecuteScalar()!;
    }

    public void FinishRun(long runId, RunTotals totals, DateTime finishedUtc)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE runs SET finished = $finished, added = $added, already_stored = $already, copies = $copies,
                new_stories = $stories, warnings = $warnings WHERE id = $id
            """;
        command.Parameters.AddWithValue("$finished", StoreTime.Format(finishedUtc));
        command.Parameters.AddWithValue("$added", totals.Added);
        command.Parameters.AddWithValue("$already", totals.AlreadyStored);
        command.Parameters.AddWithValue("$copies", totals.Copies);
        command.Parameters.AddWithValue("$stories", totals.NewStories);
        command.Parameters.AddWithValue("$warnings", totals.Warnings);
        command.Parameters.AddWithValue("$id", runId);
        command.ExecuteNonQuery();
    }

    public void CommitBatch(BatchWrite batch)
    {
        try
        {
            SqliteBatchWriter.Write(connection, batch, schemaVersion);
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{Path}: the batch could not be written ({Reason(e)}); the batches committed before it are kept", e);
        }
    }

    // Re-entrant for this store object: a server holding the lease around a request may start a run in it.
    public IDisposable AcquireWriter(Action<string>? waiting = null, TimeSpan? maxWait = null, CancellationToken cancellation = default) =>
        lease.Hold(() => WriterLease.Acquire(Path, waiting, maxWait, cancellation));

    public ClusterSnapshot LoadClusterState(int recentArticles) => SqliteClusterState.Load(connection, recentArticles, schemaVersion);
}
