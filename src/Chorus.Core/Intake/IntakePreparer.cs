using Chorus.Core.Clustering;
using Chorus.Core.Extraction;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;

namespace Chorus.Core.Intake;

/// <summary>
/// The parallel half of a node's work: cuts the intake into chunks, claims one, cleans and prepares it with the
/// same <see cref="BatchPreparer"/> as <c>chorus ingest</c>, and stores the result for the partition writer. Every
/// node runs one; a node that dies holding a claim loses it when the lease expires, and another prepares the chunk.
/// </summary>
public sealed class IntakePreparer(IIntake intake, string holder, ClusteringOptions? options = null, ExtractionOptions? extraction = null)
{
    /// <summary>Long next to preparing one chunk (a second or so): only a dead node's claims ever expire.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(20);

    private readonly StreamClusterer features = new(options ?? new ClusteringOptions());
    private readonly Func<DateTime> clock = () => DateTime.UtcNow;

    /// <summary>Cuts what can be cut and prepares one chunk; false when there was none to claim.</summary>
    public bool PrepareOne(int batchSize, TimeSpan quiet, int threads)
    {
        intake.CutChunks(batchSize, quiet, clock());
        if (intake.Claim(holder, ClaimLease, clock()) is not { } chunk)
        {
            return false;
        }

        // The prepared form keeps the clusterer's features only: its state is the writer's, never read here.
        var batch = BatchPreparer.Prepare(intake.Documents(chunk), clock(), features.Prepare, threads, extraction);
        intake.SavePrepared(chunk, PreparedBatchJson.Write(batch), holder);
        return true;
    }
}
