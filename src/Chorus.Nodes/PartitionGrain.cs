using Chorus.Core.Intake;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Chorus.Nodes;

/// <summary>The story writer of one intake partition: Orleans keeps one activation of it in the cluster.</summary>
public interface IPartitionGrain : IGrainWithStringKey
{
    /// <summary>Commits the prepared chunks that are next in order; returns the partition's mark (last committed chunk).</summary>
    Task<long> Advance();
}

/// <summary>
/// Hosts an <see cref="IntakeWriter"/> while this silo holds the activation. Every node calls <see cref="Advance"/>
/// every half second, so when the silo holding it dies Orleans activates it on a live one, which takes the writer
/// lease, reloads the clusterer's state and goes on after the last committed chunk. After committing it hands the
/// briefs its chunks made stale to <see cref="IBriefGrain"/>s, which Orleans spreads over the nodes.
/// </summary>
public sealed partial class PartitionGrain(NodeSettings settings, ILogger<PartitionGrain> log) : Grain, IPartitionGrain
{
    /// <summary>One call's share of committing, well inside Orleans' 30 s call timeout.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    /// <summary>A killed writer's lock goes with its process at once; a live one finishes its call within the budget.</summary>
    private static readonly TimeSpan LeaseWait = TimeSpan.FromSeconds(20);

    private IStoryStore? store;
    private IntakeWriter? writer;

    public async Task<long> Advance()
    {
        var (mark, due) = await Task.Run(Commit);

        // Back on the activation's turn: grain calls are made from here, not from the pool thread.
        foreach (var story in due)
        {
            _ = GrainFactory.GetGrain<IBriefGrain>(story).Build();
        }

        return mark;
    }

    private (long Mark, IReadOnlyList<long> DueBriefs) Commit()
    {
        try
        {
            writer ??= Open();
            var before = store!.LatestArticleSeq();
            var due = writer.CommitReady(Budget) > 0
                ? StoryBriefVersions.Due(store, store.ArticlesAddedAfter(before).Select(p => p.StoryId))
                : [];
            return (writer.Mark, due);
        }
        catch
        {
            // The clusterer in memory may be ahead of the store now: the next call starts again from the store.
            Close();
            throw;
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Close();
        return Task.CompletedTask;
    }

    private IntakeWriter Open()
    {
        var partition = this.GetPrimaryKeyString();
        store = StoreLocation.Open(settings.DbPath);
        var opened = new IntakeWriter(store, store.Intake, partition, LeaseWait);
        Activated(log, partition, settings.Name, opened.Mark);
        return opened;
    }

    private void Close()
    {
        writer?.Dispose();
        store?.Dispose();
        (writer, store) = (null, null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "partition {Partition}: writer on {Node}, resuming after chunk {Mark}")]
    private static partial void Activated(ILogger log, string partition, string node, long mark);
}
