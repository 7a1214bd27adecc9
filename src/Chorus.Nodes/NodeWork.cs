using Chorus.Core.Feeds;
using Chorus.Core.Intake;
using Chorus.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chorus.Nodes;

/// <summary>
/// A node's loops: preparing intake chunks (every node, in parallel), calling the partition writer, which both
/// advances it and keeps it alive somewhere in the cluster, and, with <see cref="NodeSettings.PollFeeds"/>, polling
/// the store's feeds into the intake (feeds divided between the nodes by their leases).
/// </summary>
public sealed partial class NodeWork(IGrainFactory grains, NodeSettings settings, IHostApplicationLifetime lifetime, ILogger<NodeWork> log) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan CallEvery = TimeSpan.FromMilliseconds(500);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Task.Run(() => PrepareLoop(stoppingToken), stoppingToken), WriterLoop(stoppingToken), PollLoop(stoppingToken));

    private async Task PollLoop(CancellationToken stop)
    {
        if (!settings.PollFeeds)
        {
            return;
        }

        using var store = StoreLocation.Open(settings.DbPath);
        using var poller = new FeedPoller(store, new IntakeFeedSink(store.Intake), new FeedPollerOptions { KeepBriefVersions = false }, settings.Fetching);
        await poller.RunAsync(Report, stop);
    }

    private void Report(FeedPollSummary summary)
    {
        var items = summary.Feeds.Sum(f => f.NewItems);
        if (summary.Feeds.Count > 0)
        {
            Polled(log, summary.Feeds.Count, items);
        }
    }

    private async Task PrepareLoop(CancellationToken stop)
    {
        using var store = StoreLocation.Open(settings.DbPath);
        var preparer = new IntakePreparer(store.Intake, settings.Name) { Fetching = settings.Fetching, Report = p => NotFetched(log, p.ToString()) };
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (!await preparer.PrepareOneAsync(settings.BatchSize, settings.Quiet, settings.PrepareThreads, stop))
                {
                    await Task.Delay(Idle, stop);
                }
            }
            catch (Exception e) when (e is StoreException or Microsoft.Data.Sqlite.SqliteException or IOException)
            {
                // A store busy past its timeout, or a claim lost: the claim's lease expires and any node retries.
                Failed(log, "preparing", e.Message);
                await Task.Delay(Idle, stop);
            }
        }
    }

    private async Task WriterLoop(CancellationToken stop)
    {
        var writer = grains.GetGrain<IPartitionGrain>(IntakeWriter.AllPartition);
        using var store = StoreLocation.Open(settings.DbPath);
        var intake = store.Intake;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await writer.Advance();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A silo that just died, or a writer waiting for the lease: the next call finds the live activation.
                Failed(log, "calling the partition writer", e.Message);
            }

            if (settings.ExitWhenDone && intake.Progress(IntakeWriter.AllPartition) is { Documents: > 0, Done: true })
            {
                Done(log, settings.Name);
                lifetime.StopApplication();
                return;
            }

            await Task.Delay(CallEvery, stop);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{What}: {Reason}")]
    private static partial void Failed(ILogger log, string what, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "feeds polled: {Feeds}, new items enqueued: {Items}")]
    private static partial void Polled(ILogger log, int feeds, int items);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem}")]
    private static partial void NotFetched(ILogger log, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: every enqueued document is committed; stopping")]
    private static partial void Done(ILogger log, string node);
}
