namespace Chorus.Core.Storage;

/// <summary>
/// A store's writer lease shared by the holds taken through one store object: taken on the first hold, released with
/// the last. A server holding the lease around a request may start a run in it, so holds nest.
/// </summary>
internal sealed class ReentrantLease<TLease> : IDisposable
    where TLease : class, IDisposable
{
    private readonly Lock gate = new();
    private int holders;

    /// <summary>The lease while any hold is open, else null.</summary>
    public TLease? Current { get; private set; }

    /// <summary>A hold on the lease, taking it with <paramref name="acquire"/> when no hold is open.</summary>
    public IDisposable Hold(Func<TLease> acquire)
    {
        lock (gate)
        {
            Current ??= acquire();
            holders++;
            return new LeaseHold(this);
        }
    }

    /// <summary>Runs <paramref name="action"/> on the current lease (if any) under the same lock as holds.</summary>
    public void With(Action<TLease> action)
    {
        lock (gate)
        {
            if (Current is not null)
            {
                action(Current);
            }
        }
    }

    /// <summary>Releases the lease whatever holds are open (the store is closing).</summary>
    public void Dispose()
    {
        lock (gate)
        {
            Current?.Dispose();
            Current = null;
            holders = 0;
        }
    }

    private void Release()
    {
        lock (gate)
        {
            if (--holders == 0)
            {
                Current?.Dispose();
                Current = null;
            }
        }
    }

    private sealed class LeaseHold(ReentrantLease<TLease> lease) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                lease.Release();
            }
        }
    }
}
