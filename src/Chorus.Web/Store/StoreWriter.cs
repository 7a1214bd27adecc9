using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;

namespace Chorus.Web.Store;

/// <summary>What one write request did.</summary>
public sealed record IngestOutcome(int Documents, int Added, int AlreadyStored, int Copies, int NewStories, IReadOnlyList<InputProblem> Problems, IReadOnlyList<ArticlePlacement> Placed);

/// <summary>
/// The server's one writer: write requests go through the same <see cref="IngestPipeline"/> as <c>chorus ingest</c>,
/// one at a time, each request one run committed as one batch. The clusterer is kept between requests and reloaded
/// from the store when another process has ingested since (its saved document count no longer matches).
/// </summary>
public sealed class StoreWriter : IDisposable
{
    private readonly IStoryStore store;
    private readonly ResumingWriter writer;
    private readonly Lock gate = new();

    /// <summary>How long a request waits for another writer: long enough for a feed poll or a small ingest to commit, short enough for an HTTP client to wait.</summary>
    public static readonly TimeSpan LeaseWait = TimeSpan.FromSeconds(20);

    public StoreWriter(string path)
    {
        store = StoreLocation.Open(path);
        writer = new ResumingWriter(store);
    }

    public IngestOutcome Ingest(IReadOnlyList<RawDocument> documents, string source)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (gate)
        {
            // Another process (an ingest, a feed poller) may be writing: wait for it a while, then refuse.
            var (batch, added) = writer.Ingest(documents, source, LeaseWait);
            var origins = documents.Select(d => d.Origin).ToHashSet(StringComparer.Ordinal);
            var placed = added.Where(p => origins.Contains(p.Origin)).ToList();
            return new IngestOutcome(batch.Documents, batch.Added, batch.AlreadyStored, batch.Copies, batch.NewStories, batch.Problems, placed);
        }
    }

    public void Dispose() => store.Dispose();
}
