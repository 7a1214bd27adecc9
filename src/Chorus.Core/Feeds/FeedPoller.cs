using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;

namespace Chorus.Core.Feeds;

/// <summary>
/// Polls the store's due feeds: leases them (so another poller on the store skips them), fetches each with a
/// conditional GET through <see cref="PageFetcher"/>, reads new items with <see cref="FeedReader"/>, fetches the
/// page of items that carry only a summary, ingests the new articles through the sink in one batch per feed, and
/// records the items and when the feed is due again. Hosts are fetched in parallel, each host's requests spaced by
/// <see cref="FeedPollerOptions.PerHostDelay"/>. All store calls go through one gate: the store's connection is
/// not shared between threads.
/// </summary>
public sealed class FeedPoller : IDisposable
{
    private readonly IStoryStore store;
    private readonly IFeedArticleSink sink;
    private readonly FeedPollerOptions options;
    private readonly TimeProvider time;
    private readonly PageFetcher fetcher;
    private readonly HostGate hosts;
    private readonly SemaphoreSlim storeGate = new(1, 1);

    public FeedPoller(IStoryStore store, IFeedArticleSink sink, FeedPollerOptions? options = null, InputOptions? inputs = null, TimeProvider? time = null)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.sink = sink ?? throw new ArgumentNullException(nameof(sink));
        this.options = options ?? new FeedPollerOptions();
        this.time = time ?? TimeProvider.System;
        fetcher = new PageFetcher(inputs ?? new InputOptions());
        hosts = new HostGate(this.options.PerHostDelay, this.time);
        Holder = FeedLeases.NewHolder();
    }

    /// <summary>This poller's name on the leases it takes.</summary>
    public string Holder { get; }

    public void Dispose()
    {
        fetcher.Dispose();
        storeGate.Dispose();
    }

    /// <summary>Polls every feed due now once (feeds that fail are not retried in the same pass).</summary>
    public async Task<FeedPollSummary> PollDueAsync(CancellationToken cancellation = default)
    {
        var outcomes = new List<FeedOutcome>();
        await WithStoreAsync(() => FeedLeases.ReleaseDead(store), cancellation).ConfigureAwait(false);
        while (true)
        {
            var leased = await WithStoreAsync(() => store.LeaseDueFeeds(Holder, Now, options.LeaseDuration, options.LeaseBatch), cancellation).ConfigureAwait(false);
            if (leased.Count == 0)
            {
                return new FeedPollSummary(outcomes);
            }

            using var slots = new SemaphoreSlim(options.MaxConcurrentHosts);
            var byHost = await Task.WhenAll(leased.GroupBy(f => Host(f.Url), StringComparer.OrdinalIgnoreCase).Select(async host =>
            {
                await slots.WaitAsync(cancellation).ConfigureAwait(false);
                try
                {
                    var done = new List<FeedOutcome>();
                    foreach (var feed in host)
                    {
                        done.Add(await PollFeedAsync(feed, cancellation).ConfigureAwait(false));
                    }

                    return done;
                }
                finally
                {
                    slots.Release();
                }
            })).ConfigureAwait(false);
            outcomes.AddRange(byHost.SelectMany(h => h));
        }
    }

    /// <summary>Polls until cancelled, sleeping until the next feed is due (at most <see cref="FeedPollerOptions.MaxIdle"/>).</summary>
    public async Task RunAsync(Action<FeedPollSummary>? report, CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                var summary = await PollDueAsync(cancellation).ConfigureAwait(false);
                report?.Invoke(summary);
                var due = await WithStoreAsync(store.NextFeedDue, cancellation).ConfigureAwait(false);
                var wait = due is { } next ? next - Now : options.MaxIdle;
                wait = wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait > options.MaxIdle ? options.MaxIdle : wait;
                await Task.Delay(wait, time, cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<FeedOutcome> PollFeedAsync(FeedRow feed, CancellationToken cancellation)
    {
        await hosts.WaitTurnAsync(feed.Url, cancellation).ConfigureAwait(false);
        var fetched = await fetcher.FetchAsync(feed.Url, new FetchConditions(feed.ETag, feed.LastModified), cancellation).ConfigureAwait(false);
        if (!fetched.Page.TryGetValue(out var page))
        {
            return await FailAsync(feed, fetched.Page.Problem!.Message, fetched.RetryAfter, cancellation).ConfigureAwait(false);
        }

        if (page.NotModified)
        {
            return await RecordAsync(feed, "304", feed.Interval, page, null, [], [], 0, cancellation).ConfigureAwait(false);
        }

        var read = FeedDocuments.Read(feed.Url, page);
        if (!read.TryGetValue(out var contents))
        {
            return await FailAsync(feed, read.Problem!.Message, null, cancellation).ConfigureAwait(false);
        }

        var items = contents.Items.Values().ToList();
        var interval = FeedSchedule.Interval(items.Select(i => FeedDocuments.Date(i.Document.DateHint)).OfType<DateTimeOffset>(), feed.Interval, options);
        var (fresh, fingerprinted) = await WithStoreAsync(() => FeedDocuments.Sort(store, feed, items), cancellation).ConfigureAwait(false);
        var taken = new List<TakenItem>();
        var pages = 0;
        foreach (var (item, guid, fingerprint, replaces) in fresh.Take(options.MaxNewItemsPerFetch))
        {
            var origin = FeedDocuments.Origin(feed.Url, item, guid);
            var hints = item.Document with { Origin = origin, ReplacesArticle = replaces };
            if (item.PageToFetch is not { } link)
            {
                taken.Add(new TakenItem(guid, item.Document.Url, hints, fingerprint, replaces));
                continue;
            }

            // An item whose page cannot be fetched now is not recorded: the next fetch of the feed tries it again.
            await hosts.WaitTurnAsync(link, cancellation).ConfigureAwait(false);
            pages++;
            var article = await fetcher.FetchAsync(link, cancellation).ConfigureAwait(false);
            var document = article.Then(p => FeedDocuments.PageDocument(hints, p));
            if (document.TryGetValue(out var full))
            {
                taken.Add(new TakenItem(guid, item.Document.Url, full, fingerprint, replaces));
            }
        }

        return await RecordAsync(feed, "200", interval, page, contents.Title, taken, fingerprinted, pages, cancellation).ConfigureAwait(false);
    }

    private Task<FeedOutcome> FailAsync(FeedRow feed, string error, TimeSpan? retryAfter, CancellationToken cancellation)
    {
        var failures = feed.Failures + 1;
        var wait = FeedSchedule.Backoff(failures, retryAfter, options);
        var now = Now;
        var record = new FeedFetchRecord(now, "error", now + wait, feed.Interval, error, failures, null, null, null);
        return WithStoreAsync(() =>
        {
            store.RecordFeedFetch(feed.Id, Holder, record);
            return new FeedOutcome(feed.Id, feed.Url, "error", 0, 0, 0, error, record.NextFetch);
        }, cancellation);
    }

    /// <summary>
    /// Ingests what the fetch took as one batch, puts each changed item's new article in the place of the old one,
    /// records the items (a crash before this takes them up again: their articles are found stored, and a
    /// replacement already done is not done twice), schedules the feed, and keeps a brief for the new version of
    /// every story that had one.
    /// </summary>
    private Task<FeedOutcome> RecordAsync(FeedRow feed, string status, TimeSpan interval, FetchedPage page, string? title,
        List<TakenItem> taken, List<FeedItemRecord> fingerprinted, int pages, CancellationToken cancellation) =>
        WithStoreAsync(() =>
        {
            var ingested = taken.Count == 0 ? null : sink.Ingest(taken.Select(t => t.Document).ToList(), "feed " + feed.Url);
            var records = new List<FeedItemRecord>(fingerprinted);
            var replaced = 0;
            var touched = new List<long>();
            foreach (var item in taken)
            {
                var article = ingested?.ArticleByOrigin.GetValueOrDefault(item.Document.Origin);
                if (item.Replaces is { } old && (article ??= store.LatestArticleOf(item.Document.Origin)) is { } updated && updated != old)
                {
                    touched.AddRange(store.StoriesOf([old]));
                    using var lease = store.AcquireWriter();
                    replaced += store.ReplaceArticle(old, updated) ? 1 : 0;
                }

                records.Add(new FeedItemRecord(item.Guid, item.Url, article, item.Fingerprint));
            }

            var now = Now;
            store.RecordFeedItems(feed.Id, records, now);
            var record = new FeedFetchRecord(now, status, now + interval, interval, null, 0, page.ETag, page.LastModified, title);
            store.RecordFeedFetch(feed.Id, Holder, record);

            // After the fetch is recorded: a brief takes a while to build, and a crash meanwhile loses only a brief
            // that the next view builds.
            if (options.KeepBriefVersions && ingested is not null)
            {
                touched.AddRange(store.StoriesOf(records.Select(r => r.ArticleId).OfType<string>().ToList()));
                StoryBriefVersions.Refresh(store, touched);
            }

            return new FeedOutcome(feed.Id, feed.Url, status, taken.Count, ingested?.Added ?? 0, pages, null, record.NextFetch) { ArticlesReplaced = replaced };
        }, cancellation);

    private async Task<T> WithStoreAsync<T>(Func<T> work, CancellationToken cancellation)
    {
        await storeGate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            return work();
        }
        finally
        {
            storeGate.Release();
        }
    }

    /// <summary>An item taken from a fetch: the document to ingest, and the article it replaces when the item changed.</summary>
    private sealed record TakenItem(string Guid, string? Url, RawDocument Document, string Fingerprint, string? Replaces);

    private static string Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Authority : url;
}
