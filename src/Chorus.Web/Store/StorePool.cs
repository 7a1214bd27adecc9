using System.Collections.Concurrent;
using Chorus.Core.Storage;

namespace Chorus.Web.Store;

/// <summary>
/// The store's read connections, lent to one request at a time (a SQLite connection is not shared between
/// threads). In WAL mode readers never wait for the writer, and each read sees every batch committed before it,
/// whoever wrote it (this server or a <c>chorus ingest</c> running beside it).
/// </summary>
public sealed class StorePool : IDisposable
{
    /// <summary>Page cache per read connection: enough for the indexes a page touches, small enough times the pool size.</summary>
    private const int ReaderCacheMegabytes = 16;

    private readonly ConcurrentBag<IStoryStore> idle = [];
    private readonly SemaphoreSlim available;
    private readonly string path;
    private bool disposed;

    /// <summary>Opens the first connection at once, so a missing or foreign store fails here, before the server starts.</summary>
    public StorePool(string path, int size)
    {
        if (!StoreLocation.Exists(path))
        {
            throw new StoreException($"{path}: no such database (run chorus ingest first, or name one with --db)");
        }

        this.path = path;
        available = new SemaphoreSlim(Math.Max(1, size));
        idle.Add(Open());
    }

    public string Path => path;

    public T Read<T>(Func<IStoryStore, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        available.Wait();
        var store = idle.TryTake(out var open) ? open : Open();
        var healthy = false;
        try
        {
            var result = read(store);
            healthy = true;
            return result;
        }
        finally
        {
            // A connection that failed mid-read is closed rather than lent again in an unknown state.
            if (healthy)
            {
                idle.Add(store);
            }
            else
            {
                store.Dispose();
            }

            available.Release();
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        while (idle.TryTake(out var store))
        {
            store.Dispose();
        }

        available.Dispose();
    }

    private IStoryStore Open()
    {
        var store = StoreLocation.Open(path);
        store.LimitPageCache(ReaderCacheMegabytes);
        return store;
    }
}
