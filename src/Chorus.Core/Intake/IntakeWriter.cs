using Chorus.Core.Clustering;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;

namespace Chorus.Core.Intake;

/// <summary>
/// The sequential half of a node cluster's work, for one partition: takes prepared chunks strictly in chunk order
/// and clusters and commits each as one <c>chorus ingest</c> batch (same <see cref="IngestPipeline"/>), moving the
/// partition's mark in the batch's transaction. It holds the store's writer lease from loading the clusterer's
/// state until disposed, so a second writer waits; and a writer that lost its partition anyway fails on the mark.
/// A new writer resumes exactly after the last committed chunk.
/// </summary>
public sealed class IntakeWriter : IDisposable
{
    /// <summary>The one partition: the store holds one clusterer state, and stories span languages and outlets.</summary>
    public const string AllPartition = "all";

    /// <summary>Short next to preparing a chunk, so the writer starts on it soon after it is stored.</summary>
    private static readonly TimeSpan PreparerPoll = TimeSpan.FromMilliseconds(20);

    private readonly IStoryStore store;
    private readonly IIntake intake;
    private readonly string partition;
    private readonly IDisposable lease;
    private readonly IngestPipeline pipeline;
    private long mark;

    /// <exception cref="StoreBusyException">Another writer held the store for longer than <paramref name="leaseWait"/>.</exception>
    public IntakeWriter(IStoryStore store, IIntake intake, string partition, TimeSpan leaseWait, ClusteringOptions? options = null)
    {
        this.intake = intake;
        this.partition = partition;
        this.store = store;
        lease = store.AcquireWriter(maxWait: leaseWait);
        try
        {
            pipeline = new IngestPipeline(store, [$"intake:{partition}"], options);
            mark = intake.Mark(partition);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    public long Mark => mark;

    /// <summary>
    /// Commits the chunks that follow the mark, in order, waiting for one that is cut but still being prepared,
    /// until no next chunk is cut or the budget is spent.
    /// </summary>
    /// <returns>How many chunks were committed.</returns>
    public int CommitReady(TimeSpan budget)
    {
        var until = DateTime.UtcNow + budget;
        var committed = 0;
        while (DateTime.UtcNow < until)
        {
            if (intake.Prepared(mark + 1) is { } prepared)
            {
                var batch = PreparedBatchJson.Read(prepared);
                pipeline.IngestPrepared(batch, new IntakeMark(partition, mark + 1));
                mark++;
                Replace(batch.Replacements);
                committed++;
            }
            else if (intake.IsCut(mark + 1))
            {
                Thread.Sleep(PreparerPoll);
            }
            else
            {
                break;
            }
        }

        if (committed > 0)
        {
            intake.ForgetPrepared(mark);
        }

        return committed;
    }

    public RunTotals Totals => pipeline.Totals;

    /// <summary>
    /// Puts each changed feed item's new article in the place of the old one, as the feed poller does when it
    /// ingests itself (after the batch, as there: a crash in between leaves both versions stored).
    /// </summary>
    private void Replace(IReadOnlyList<ArticleReplacement> replacements)
    {
        foreach (var replacement in replacements)
        {
            if (store.LatestArticleOf(replacement.Origin) is { } updated)
            {
                store.ReplaceArticle(replacement.OldArticle, updated);
            }
        }
    }

    public void Dispose()
    {
        pipeline.Dispose();
        lease.Dispose();
    }
}
