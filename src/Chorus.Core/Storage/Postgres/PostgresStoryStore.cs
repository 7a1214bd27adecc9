using Chorus.Core.Clustering;
using Npgsql;

namespace Chorus.Core.Storage;

/// <summary>
/// The store in a PostgreSQL database (Npgsql): the SQLite store's tables and schema versions, one transaction per
/// batch, idempotent by article id, <c>tsvector</c> search, and the writer lease as an advisory lock of the store's
/// session. A connection broken by a restarted server is replaced once per operation: a batch is one transaction, so
/// it is either all in or retried whole.
/// </summary>
public sealed partial class PostgresStoryStore : IStoryStore
{
    private readonly string connectionString;
    private NpgsqlConnection connection;

    private readonly ReentrantLease<PostgresWriterLease> lease = new();

    private PostgresStoryStore(NpgsqlConnection connection, string connectionString, string name, int schemaVersion)
    {
        this.connection = connection;
        this.connectionString = connectionString;
        Path = name;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The connection string with its password masked.</summary>
    public string Path { get; }

    public bool IsReadOnly => false;

    public int SchemaVersion { get; }

    /// <summary>Connects, refuses a foreign or newer database, and brings the schema up to date.</summary>
    public static PostgresStoryStore Open(string db)
    {
        var name = PostgresConnection.Masked(db);
        var connectionString = PostgresConnection.ConnectionString(db);
        var connection = PostgresConnection.Open(connectionString, name);
        try
        {
            var version = PostgresSchema.Migrate(connection, name);
            return new PostgresStoryStore(connection, connectionString, name, version);
        }
        catch (NpgsqlException e)
        {
            connection.Dispose();
            throw new StoreException($"{name}: cannot be used as a Chorus store ({PostgresConnection.Reason(e)}); left untouched", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>PostgreSQL manages its own memory: nothing to cap per connection.</summary>
    public void LimitPageCache(int megabytes)
    {
    }

    public void Dispose()
    {
        lease.Dispose();
        connection.Dispose();
    }

    public StoreCounts Counts() => Use(c =>
    {
        long Count(string table) => (long)PostgresSchema.Scalar(c, $"SELECT count(*) FROM {table}")!;
        return new StoreCounts(Count("articles"), Count("sentences"), Count("copies"), Count("stories"), Count("runs"));
    });

    public IReadOnlySet<string> Existing(IReadOnlyCollection<string> articleIds) => Use(c =>
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var command = Sql.Command(c, "SELECT id FROM articles WHERE id = ANY(@ids)", ("ids", articleIds.Distinct(StringComparer.Ordinal).ToArray()));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(reader.GetString(0));
        }

        return (IReadOnlySet<string>)found;
    });

    public long StartRun(IReadOnlyList<string> sources, DateTime startedUtc) => Use(c =>
    {
        using var command = Sql.Command(c, "INSERT INTO runs(started, sources) VALUES (@started, @sources) RETURNING id",
            ("started", StoreTime.Format(startedUtc)), ("sources", string.Join('\n', sources.Select(UrlCredentials.Strip))));
        return (long)command.ExecuteScalar()!;
    });

    public void FinishRun(long runId, RunTotals totals, DateTime finishedUtc) => Use(c =>
    {
        using var command = Sql.Command(c, """
            UPDATE runs SET finished = @finished, added = @added, already_stored = @already, copies = @copies,
                new_stories = @stories, warnings = @warnings WHERE id = @id
            """,
            ("finished", StoreTime.Format(finishedUtc)), ("added", totals.Added), ("already", totals.AlreadyStored), ("copies", totals.Copies),
            ("stories", totals.NewStories), ("warnings", totals.Warnings), ("id", runId));
        return command.ExecuteNonQuery();
    });

    public IIntake Intake => field ??= new PostgresIntake(this);

    /// <summary>Called before each batch is written: tests break the connection here to see the batch retried.</summary>
    internal Action? BeforeCommit { get; set; }

    public void CommitBatch(BatchWrite batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        try
        {
            BeforeCommit?.Invoke();
            PostgresBatchWriter.Write(connection, batch);
        }
        catch (Exception e) when (PostgresConnection.Broke(connection, e))
        {
            // The transaction died with the connection, unless the commit itself reached the server and only its
            // answer was lost: the batch's articles are then stored, and writing it again would count its words twice.
            Reconnect();
            var ids = batch.Articles.Select(a => a.Article.Id).ToList();
            if (ids.Count > 0 && Existing(ids).Count == ids.Count)
            {
                return;
            }

            try
            {
                PostgresBatchWriter.Write(connection, batch);
            }
            catch (NpgsqlException again)
            {
                throw Failed(again);
            }
        }
        catch (NpgsqlException e)
        {
            throw Failed(e);
        }

        StoreException Failed(Exception e) =>
            new($"{Path}: the batch could not be written ({PostgresConnection.Reason(e)}); the batches committed before it are kept", e);
    }

    public ClusterSnapshot LoadClusterState(int recentArticles) => Use(c => PostgresClusterState.Load(c, recentArticles));

    public IDisposable AcquireWriter(Action<string>? waiting = null, TimeSpan? maxWait = null, CancellationToken cancellation = default) =>
        lease.Hold(() => Use(c => PostgresWriterLease.Acquire(c, Path, waiting, maxWait, cancellation)));

    /// <summary>
    /// Runs one operation, and once more on a fresh connection when the first try found the connection broken (the
    /// server restarted). A lease held on the old session ended with it and is taken again on the new one.
    /// </summary>
    internal T Use<T>(Func<NpgsqlConnection, T> work)
    {
        try
        {
            return work(connection);
        }
        catch (Exception e) when (PostgresConnection.Broke(connection, e))
        {
            Reconnect();
            try
            {
                return work(connection);
            }
            catch (NpgsqlException again)
            {
                throw new StoreException($"{Path}: {PostgresConnection.Reason(again)}", again);
            }
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"{Path}: {PostgresConnection.Reason(e)}", e);
        }
    }

    private void Reconnect()
    {
        connection.Dispose();
        connection = PostgresConnection.Reopen(connectionString, Path);
        lease.With(held =>
        {
            if (!held.Retake(connection))
            {
                throw new StoreException($"{Path}: the connection was lost and another writer took the store meanwhile; this run stops (run it again to continue)");
            }
        });
    }
}
