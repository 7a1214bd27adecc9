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
    /// <summary>Pages fetched at once.</summary>
    private const int FetchConcurrency = 4;

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
        await FetchPendingAsync(options, batch, cancellation).ConfigureAwait(false);
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
                foreach (var item in FeedReader.Read(origin, text, options.FetchAllowed))
                {
                    batch.Add(item);
                }

                break;
            case InputFormat.Jsonl:
                batch.AddAll(JsonlReader.Read(origin, text));
                break;
            case InputFormat.UrlList:
                foreach (var url in InputFormatSniffer.UrlLines(text, out _))
                {
                    batch.ToFetch.Add(new PendingFetch(url, url, null));
                }

                break;
            case InputFormat.PlainText when bytes.LongLength > options.MaxBodyBytes:
                batch.Problem(origin, $"the text is {bytes.LongLength / (1024 * 1024)} MB, over the {options.MaxBodyBytes / (1024 * 1024)} MB limit for one article; skipped");
                break;
            default:
                batch.Documents.Add(Document(origin, text, ContentKind.PlainText, hints));
                break;
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

    private static async Task FetchPendingAsync(InputOptions options, InputCollector batch, CancellationToken cancellation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var fetcher = new PageFetcher(options);
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

            using var gate = new SemaphoreSlim(FetchConcurrency);
            var results = await Task.WhenAll(pending.Select(async p =>
            {
                await gate.WaitAsync(cancellation).ConfigureAwait(false);
                try
                {
                    return await fetcher.FetchAsync(p.Url, cancellation).ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            })).ConfigureAwait(false);

            for (var i = 0; i < pending.Count; i++)
            {
                var (p, fetched) = (pending[i], results[i]);
                if (!fetched.Succeeded)
                {
                    batch.Problems.Add(fetched.Problem);
                    continue;
                }

                var page = fetched.Value;
                var hints = (p.Hints ?? new RawDocument(p.Url, "", ContentKind.Html)) with { Url = page.Url, FetchedAt = page.FetchedAt };
                Dispatch(p.Url, page.Body, page.ContentType, hints, options, batch);
            }
        }

        foreach (var left in batch.ToFetch)
        {
            batch.Problem(left.Origin, $"is linked {MaxFetchRounds} levels deep from the inputs; not fetched");
        }
    }
}
