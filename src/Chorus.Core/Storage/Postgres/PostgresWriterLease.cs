using System.Diagnostics;
using Npgsql;

namespace Chorus.Core.Storage;

/// <summary>
/// The one-writer rule of a PostgreSQL store (see <see cref="WriterLease"/> for why there is one): a session-level
/// advisory lock taken on the store's own connection. The server releases it when the session ends, so a killed
/// writer never leaves a stale lease, and a writer whose connection broke must take it again on the new one.
/// </summary>
internal sealed class PostgresWriterLease : IDisposable
{
    /// <summary>"CHRS" and 2: the advisory lock key of the writer lease, distinct from the migration lock's.</summary>
    private const long Key = 0x4348_5253_0002;

    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(100);

    private NpgsqlConnection connection;

    private PostgresWriterLease(NpgsqlConnection connection)
    {
        this.connection = connection;
    }

    public static PostgresWriterLease Acquire(NpgsqlConnection connection, string name, Action<string>? waiting, TimeSpan? maxWait, CancellationToken cancellation)
    {
        var started = Stopwatch.GetTimestamp();
        var told = false;
        while (true)
        {
            if (TryLock(connection))
            {
                return new PostgresWriterLease(connection);
            }

            if (maxWait is { } limit && Stopwatch.GetElapsedTime(started) >= limit)
            {
                throw new StoreBusyException($"{name}: another writer has held the store for more than {limit.TotalSeconds:F0} s; try again later");
            }

            if (!told)
            {
                waiting?.Invoke($"{name}: another writer (an ingest or the web server) is using the store; waiting for it to finish");
                told = true;
            }

            if (cancellation.WaitHandle.WaitOne(RetryEvery))
            {
                cancellation.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Takes the lease again on a new connection (the old session, and its lock, are gone); false when another writer has it now.</summary>
    public bool Retake(NpgsqlConnection fresh)
    {
        connection = fresh;
        return TryLock(fresh);
    }

    public void Dispose()
    {
        try
        {
            PostgresSchema.Execute(connection, $"SELECT pg_advisory_unlock({Key})");
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or IOException)
        {
            // The session is gone, and its lock with it.
        }
    }

    private static bool TryLock(NpgsqlConnection connection) => PostgresSchema.Scalar(connection, $"SELECT pg_try_advisory_lock({Key})") is true;
}
