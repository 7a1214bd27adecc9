using System.IO.Compression;
using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>
/// Everything read from a command line's inputs: raw documents ready for <see cref="Pipeline.ArticleReader"/>,
/// problems naming each bad input, notes (records skipped by kind), and paths that do not exist.
/// </summary>
public sealed record LoadedInputs(
    IReadOnlyList<RawDocument> Documents,
    IReadOnlyList<InputProblem> Problems,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> MissingPaths);

/// <summary>
/// The one entry from command-line inputs to raw documents: files and folders (any mix of text, HTML, RSS/Atom,
/// WARC, JSONL and URL lists, gzipped or not, each recognised from its content), and http(s) URLs, fetched under
/// the limits of <see cref="InputOptions"/>. A bad input becomes a named problem; the rest are still read.
/// </summary>
public static class InputLoader
{
    /// <summary>Rounds of fetching: the URLs given, then the pages their feeds or lists point at; no deeper.</summary>
    private const int MaxFetchRounds = 2;

    public static LoadedInputs Load(IEnumerable<string> inputs, InputOptions? options = null) =>
        LoadAsync(inputs, options).GetAwaiter().GetResult();

    public static async Task<LoadedInputs> LoadAsync(IEnumerable<string> inputs, InputOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= new InputOptions();
        var batch = new InputCollector();
        var all = inputs.ToList();
        var urls = all.Where(InputFormatSniffer.IsHttpUrl).ToList();
        var expanded = InputPaths.Expand(all.Where(i => !InputFormatSniffer.IsHttpUrl(i)));
        batch.Problems.AddRange(expanded.Skipped);
        foreach (var file in expanded.Files)
        {
            ReadFile(file, options, batch);
        }

        batch.ToFetch.InsertRange(0, urls.Select(u => new PendingFetch(u, u, null)));
        using (var fetcher = new PageFetcher(options))
        {
            await FetchPendingAsync(fetcher, options, batch, cancellation).ConfigureAwait(false);
        }

        return new LoadedInputs(batch.Documents, batch.Problems, batch.Notes, expanded.MissingPaths);
    }

    private static void ReadFile(string file, InputOptions options, InputCollector batch)
    {
        var bytes = FileReader.ReadBytes(file);
        if (!bytes.Succeeded)
        {
            batch.Problems.Add(bytes.Problem);
            return;
        }

        Dispatch(file, bytes.Value, contentType: null, hints: null, options, batch);
    }

    /// <summary>
    /// Recognises what the bytes hold and hands them to the matching reader. Whatever a reader meets in one input
    /// (a decoder's exception on bytes no test foresaw) becomes a problem naming that input: the rest are read.
    /// </summary>
    private static void Dispatch(string origin, byte[] bytes, string? contentType, RawDocument? hints, InputOptions options, InputCollector batch)
    {
        var documents = batch.Documents.Count;
        try
        {
            DispatchUnguarded(origin, bytes, contentType, hints, options, batch);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // What this input added before failing is dropped with it: it was read only in part.
            batch.Documents.RemoveRange(documents, batch.Documents.Count - documents);
            batch.Problem(origin, $"cannot be read ({e.GetType().Name}: {e.Message}); skipped, the other inputs are read");
        }
    }

    private static void DispatchUnguarded(string origin, byte[] bytes, string? contentType, RawDocument? hints, InputOptions options, InputCollector batch)
    {
        if (BoundedGzip.HasMagic(bytes))
        {
            if (InputFormatSniffer.IsWarc(PeekInflated(bytes, 5)))
            {
                AddWarc(WarcReader.Read(origin, bytes, options), batch);
                return;
            }

            var inflated = BoundedGzip.Inflate(origin, bytes, options.MaxInflatedBytes);
            if (!inflated.Succeeded)
            {
                batch.Problems.Add(inflated.Problem.WithOutcome("skipped"));
                return;
            }

            bytes = inflated.Value;
        }

        if (InputFormatSniffer.IsWarc(bytes))
        {
            AddWarc(WarcReader.Read(origin, bytes, options), batch);
            return;
        }

        var decoded = HtmlCharset.Decode(origin, bytes, contentType);
        if (!decoded.Succeeded)
        {
            batch.Problems.Add(decoded.Problem.WithOutcome("skipped"));
            return;
        }

        var text = decoded.Value.Text;
        switch (InputFormatSniffer.Detect(text))
        {
            case InputFormat.Html when bytes.LongLength > options.MaxBodyBytes:
                batch.Problem(origin, $"the page is {bytes.LongLength / (1024 * 1024)} MB, over the {options.MaxBodyBytes / (1024 * 1024)} MB page limit; skipped");
                break;
            case InputFormat.Html:
                batch.Documents.Add(Document(origin, text, ContentKind.Html, hints));
                break;
            case InputFormat.Feed:
                var linked = 0;
                foreach (var item in FeedReader.Read(origin, text, options.FetchAllowed))
                {
                    if (item.Succeeded && item.Value.PageToFetch is not null && ++linked > options.MaxUrlsPerList)
                    {
                        continue;
                    }

                    batch.Add(item);
                }

                TooManyUrls(origin, linked, options, batch);
                break;
            case InputFormat.Jsonl:
                batch.AddAll(JsonlReader.Read(origin, text));
                break;
            case InputFormat.UrlList:
                var urls = InputFormatSniffer.UrlLines(text, out _).ToList();
                batch.ToFetch.AddRange(urls.Take(options.MaxUrlsPerList).Select(url => new PendingFetch(url, url, null)));
                TooManyUrls(origin, urls.Count, options, batch);
                break;
            case InputFormat.PlainText when bytes.LongLength > options.MaxBodyBytes:
                batch.Problem(origin, $"the text is {bytes.LongLength / (1024 * 1024)} MB, over the {options.MaxBodyBytes / (1024 * 1024)} MB limit for one article; skipped");
                break;
            default:
                batch.Documents.Add(Document(origin, text, ContentKind.PlainText, hints));
                break;
        }
    }

    private static void TooManyUrls(string origin, int count, InputOptions options, InputCollector batch)
    {
        if (count > options.MaxUrlsPerList)
        {
            batch.Problem(origin, $"links {count} pages; only the first {options.MaxUrlsPerList} are fetched");
        }
    }

    private static void AddWarc(WarcContents warc, InputCollector batch)
    {
        batch.AddAll(warc.Records);
        batch.Notes.AddRange(warc.Notes);
    }

    private static RawDocument Document(string origin, string text, ContentKind kind, RawDocument? hints) =>
        hints is null ? new RawDocument(origin, text, kind) : hints with { Origin = origin, Content = text, Kind = kind };

    private static byte[] PeekInflated(byte[] bytes, int count)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress);
            var buffer = new byte[count];
            var read = gzip.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
            return buffer[..read];
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }

    internal static async Task FetchPendingAsync(PageFetcher fetcher, InputOptions options, InputCollector batch, CancellationToken cancellation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < MaxFetchRounds && batch.ToFetch.Count > 0; round++)
        {
            var pending = batch.ToFetch.Where(p => seen.Add(p.Url)).ToList();
            batch.ToFetch.Clear();
            if (!options.FetchAllowed)
            {
                foreach (var p in pending)
                {
                    batch.Problem(p.Origin, "is a URL and fetching is turned off; skipped");
                }

                return;
            }

            if (options.DeferFetching)
            {
                batch.Documents.AddRange(pending.Select(DeferredPages.Defer));
                return;
            }

            // Each body is read into its own collector as soon as it arrives and then let go, so at most
            // MaxConcurrentFetches bodies are held at once; the collectors are joined in input order afterwards.
            var read = new InputCollector[pending.Count];
            await Parallel.ForEachAsync(
                Enumerable.Range(0, pending.Count),
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentFetches, CancellationToken = cancellation },
                async (i, token) => read[i] = await FetchOneAsync(fetcher, pending[i], options, token).ConfigureAwait(false)).ConfigureAwait(false);
            foreach (var one in read)
            {
                batch.Append(one);
            }
        }

        foreach (var left in batch.ToFetch)
        {
            batch.Problem(left.Origin, $"is linked {MaxFetchRounds} levels deep from the inputs; not fetched");
        }
    }

    private static async Task<InputCollector> FetchOneAsync(PageFetcher fetcher, PendingFetch pending, InputOptions options, CancellationToken cancellation)
    {
        var one = new InputCollector();
        InputResult<FetchedPage> fetched;
        try
        {
            fetched = await fetcher.FetchAsync(pending.Url, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // A server's answer no test foresaw fails this URL only, never the batch.
            one.Problem(pending.Url, $"cannot be fetched ({e.GetType().Name}: {e.Message}); skipped, the other inputs are read");
            return one;
        }

        if (!fetched.Succeeded)
        {
            one.Problems.Add(fetched.Problem);
            return one;
        }

        var page = fetched.Value;
        var hints = (pending.Hints ?? new RawDocument(pending.Url, "", ContentKind.Html)) with { Url = page.Url, FetchedAt = page.FetchedAt };
        Dispatch(pending.Url, page.Body, page.ContentType, hints, options, one);
        for (var d = 0; d < one.Documents.Count; d++)
        {
            if (one.Documents[d].Kind == ContentKind.Html)
            {
                one.Documents[d] = one.Documents[d] with { Content = FetchedHtml.WithoutScripts(one.Documents[d].Content) };
            }
        }

        return one;
    }
}
