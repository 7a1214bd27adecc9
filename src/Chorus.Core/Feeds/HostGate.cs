namespace Chorus.Core.Feeds;

/// <summary>
/// Spaces requests to one host by at least a delay: each caller reserves the next free slot of its host and waits
/// for it, so concurrent fetches of feeds and item pages on one host queue up instead of arriving together.
/// </summary>
internal sealed class HostGate(TimeSpan delay, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> nextFree = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    public async Task WaitTurnAsync(string url, CancellationToken cancellation)
    {
        if (delay <= TimeSpan.Zero || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return;
        }

        DateTimeOffset slot;
        lock (gate)
        {
            var now = time.GetUtcNow();
            slot = nextFree.TryGetValue(uri.Authority, out var free) && free > now ? free : now;
            nextFree[uri.Authority] = slot + delay;
        }

        var wait = slot - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellation).ConfigureAwait(false);
        }
    }
}
