using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>
/// Fetching done later and elsewhere: <c>chorus enqueue</c> stores each URL as a <see cref="ContentKind.PageToFetch"/>
/// document, and the node that prepares its chunk fetches it, so the nodes of a cluster share the fetching. A
/// fetched page is read exactly as <c>chorus ingest</c> reads it (a feed or URL list it turns out to be is followed
/// one level further); a page that cannot be fetched is a problem naming its URL, and the rest are read.
/// </summary>
public static class DeferredPages
{
    internal static RawDocument Defer(PendingFetch pending) =>
        (pending.Hints ?? new RawDocument(pending.Origin, "", ContentKind.PageToFetch))
            with
        { Origin = pending.Origin, Content = "", Kind = ContentKind.PageToFetch, Url = pending.Url };

    /// <summary>
    /// The documents with every page to fetch replaced, in its place, by what fetching it gave (nothing when it
    /// failed); the others are kept as they are. At most <see cref="InputOptions.MaxConcurrentFetches"/> pages at once.
    /// </summary>
    public static async Task<LoadedInputs> FetchAsync(IReadOnlyList<RawDocument> documents, InputOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        options = options with { DeferFetching = false };
        var read = new InputCollector[documents.Count];
        using var fetcher = new PageFetcher(options);
        await Parallel.ForEachAsync(
            Enumerable.Range(0, documents.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentFetches, CancellationToken = cancellation },
            async (i, token) => read[i] = await ResolveAsync(fetcher, documents[i], options, token).ConfigureAwait(false)).ConfigureAwait(false);
        var all = new InputCollector();
        foreach (var one in read)
        {
            all.Append(one);
        }

        return new LoadedInputs(all.Documents, all.Problems, all.Notes, []);
    }

    private static async Task<InputCollector> ResolveAsync(PageFetcher fetcher, RawDocument document, InputOptions options, CancellationToken cancellation)
    {
        var one = new InputCollector();
        if (document.Kind != ContentKind.PageToFetch)
        {
            one.Documents.Add(document);
            return one;
        }

        if (document.Url is not { } url)
        {
            one.Problem(document.Origin, "is a page to fetch without a URL; skipped");
            return one;
        }

        one.ToFetch.Add(new PendingFetch(url, document.Origin, document with { Kind = ContentKind.Html }));
        await InputLoader.FetchPendingAsync(fetcher, options, one, cancellation).ConfigureAwait(false);
        return one;
    }
}
