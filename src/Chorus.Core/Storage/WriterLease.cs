using System.Diagnostics;

namespace Chorus.Core.Storage;

/// <summary>Another writer held the store for longer than the caller was willing to wait.</summary>
public sealed class StoreBusyException(string message) : Exception(message);

/// <summary>
/// The store's one-writer rule: an exclusive lock on a file beside the database (<c>chorus.db-writer</c>), held by
/// a writer from loading the clusterer's state to its last commit. Each writer loads <c>next_story_id</c> and the
/// open stories when it starts, so two writers that overlap would hand out the same story ids and cluster against
/// stale stories; with the lease the second one waits and then loads what the first committed. The lock is the
/// operating system's (flock, taken by <see cref="FileShare.None"/>), so a killed writer releases it at once and
/// never leaves a stale lease behind. Readers never touch it, and SQLite's WAL keeps them from blocking.
/// </summary>
public sealed class WriterLease : IDisposable
{
    /// <summary>How often a waiting writer tries again: short next to an ingest, long next to the lock call.</summary>
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(100);

    private readonly FileStream lockFile;

    private WriterLease(FileStream lockFile)
    {
        this.lockFile = lockFile;
    }

    /// <summary>The lock file of the store at <paramref name="databasePath"/>.</summary>
    public static string LockPath(string databasePath) => databasePath + "-writer";

    /// <summary>
    /// Takes the lease, waiting while another writer holds it: <paramref name="waiting"/> is told once (with the
    /// lock file's name) when the wait begins. Gives up with <see cref="StoreBusyException"/> after
    /// <paramref name="maxWait"/> (null: wait until cancelled).
    /// </summary>
    public static WriterLease Acquire(string databasePath, Action<string>? waiting = null, TimeSpan? maxWait = null, CancellationToken cancellation = default)
    {
        var path = LockPath(databasePath);
        var started = Stopwatch.GetTimestamp();
        var told = false;
        while (true)
        {
            if (TryOpen(path) is { } file)
            {
                return new WriterLease(file);
            }

            if (maxWait is { } limit && Stopwatch.GetElapsedTime(started) >= limit)
            {
                throw new StoreBusyException($"{databasePath}: another writer has held the store for more than {limit.TotalSeconds:F0} s; try again later");
            }

            if (!told)
            {
                waiting?.Invoke($"{databasePath}: another writer (an ingest or the web server) is using the store; waiting for it to finish");
                told = true;
            }

            if (cancellation.WaitHandle.WaitOne(RetryEvery))
            {
                cancellation.ThrowIfCancellationRequested();
            }
        }
    }

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null; // held by another writer (the lock is taken on open, without blocking)
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StoreException($"{path}: the store's writer lock cannot be opened ({e.Message}); a read-only store cannot be written", e);
        }
    }

    public void Dispose() => lockFile.Dispose();
}
