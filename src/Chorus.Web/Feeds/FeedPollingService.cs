using Chorus.Core.Feeds;
using Chorus.Core.Inputs;
using Chorus.Core.Storage;
using Chorus.Web.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chorus.Web.Feeds;

/// <summary>
/// The feed poller of <c>chorus watch</c> inside the server: its bookkeeping on a connection of its own, its new
/// articles through the server's one <see cref="StoreWriter"/>, so they queue with the API's writes.
/// </summary>
public sealed class FeedPollingService(ServeOptions options, StoreWriter writer, ILogger<FeedPollingService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the first pass may take a while, and the server answers meanwhile.
        await Task.Yield();
        using var store = StoreLocation.Open(options.DbPath);
        using var poller = new FeedPoller(store, new WriterSink(writer), options.FeedPolling, new InputOptions { AllowPrivateAddresses = options.AllowPrivateFetches });
        try
        {
            await poller.RunAsync(summary =>
            {
                if (summary.Feeds.Count > 0 && log.IsEnabled(LogLevel.Information))
                {
                    log.LogInformation("Polled {Feeds} feeds: {Unchanged} unchanged, {Failed} failed, {Articles} articles added", summary.Feeds.Count, summary.NotModified, summary.Failed, summary.ArticlesAdded);
                }
            }, stoppingToken);
        }
        catch (Exception e) when (e is StoreException or IOException)
        {
            log.LogError("Feed polling stopped: {Reason}", e.Message);
        }
    }

    /// <summary>New feed articles go through the server's writer, one request-sized batch per feed.</summary>
    private sealed class WriterSink(StoreWriter writer) : IFeedArticleSink
    {
        public FeedIngestResult Ingest(IReadOnlyList<Core.Documents.RawDocument> documents, string source)
        {
            var outcome = writer.Ingest(documents, source);
            var byOrigin = outcome.Placed.GroupBy(p => p.Origin, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ArticleId, StringComparer.Ordinal);
            return new FeedIngestResult(outcome.Added, outcome.AlreadyStored, byOrigin, outcome.Problems);
        }
    }
}
