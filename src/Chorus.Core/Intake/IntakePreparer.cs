using Chorus.Core.Clustering;
using Chorus.Core.Documents;
using Chorus.Core.Extraction;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;

namespace Chorus.Core.Intake;

/// <summary>
/// The parallel half of a node's work: cuts the intake into chunks, claims one, fetches its pages (URLs that
/// <c>chorus enqueue</c> left for the nodes), cleans and prepares it with the same <see cref="BatchPreparer"/> as
/// <c>chorus ingest</c>, and stores the result for the partition writer. Every node runs one; a node that dies
/// holding a claim loses it when the lease expires, and another fetches and prepares the chunk.
/// </summary>
public sealed class IntakePreparer(IIntake intake, string holder, ClusteringOptions? options = null, ExtractionOptions? extraction = null)
{
    /// <summary>How this node fetches pages: its address policy, proxy and limits.</summary>
    public InputOptions Fetching { get; init; } = new();

    /// <summary>Told of each page that could not be fetched (the chunk is prepared without it, as ingest skips it).</summary>
    public Action<InputProblem>? Report { get; init; }

    /// <summary>Long next to preparing one chunk (a second or so): only a dead node's claims ever expire.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(20);

    private readonly StreamClusterer features = new(options ?? new ClusteringOptions());
    private readonly Func<DateTime> clock = () => DateTime.UtcNow;

    /// <summary>Cuts what can be cut and prepares one chunk; false when there was none to claim.</summary>
    public async Task<bool> PrepareOneAsync(int batchSize, TimeSpan quiet, int threads, CancellationToken cancellation = default)
    {
        intake.CutChunks(batchSize, quiet, clock());
        if (intake.Claim(holder, ClaimLease, clock()) is not { } chunk)
        {
            return false;
        }

        // The prepared form keeps the clusterer's features only: its state is the writer's, never read here.
        var documents = await FetchPagesAsync(chunk, intake.Documents(chunk), cancellation).ConfigureAwait(false);
        var batch = BatchPreparer.Prepare(documents, clock(), features.Prepare, threads, extraction) with
        {
            Replacements = [.. documents.Where(d => d.ReplacesArticle is not null).Select(d => new ArticleReplacement(d.ReplacesArticle!, d.Origin))],
        };
        intake.SavePrepared(chunk, PreparedBatchJson.Write(batch), holder);
        return true;
    }

    /// <summary>The chunk's documents with its pages fetched; the claim is renewed while they are, so no other node takes it.</summary>
    private async Task<IReadOnlyList<RawDocument>> FetchPagesAsync(IntakeChunk chunk, IReadOnlyList<RawDocument> documents, CancellationToken cancellation)
    {
        if (!documents.Any(d => d.Kind == ContentKind.PageToFetch))
        {
            return documents;
        }

        var fetching = DeferredPages.FetchAsync(documents, Fetching, cancellation);
        while (await Task.WhenAny(fetching, Task.Delay(ClaimLease / 4, cancellation)).ConfigureAwait(false) != fetching)
        {
            intake.Renew(chunk, holder, ClaimLease, clock());
        }

        var fetched = await fetching.ConfigureAwait(false);
        foreach (var problem in fetched.Problems)
        {
            Report?.Invoke(problem);
        }

        return fetched.Documents;
    }
}
