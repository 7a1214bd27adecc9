using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>A fetched body with the URL it was finally fetched from (after redirects) and its content type.</summary>
internal sealed record FetchedPage(string Url, byte[] Body, string? ContentType, DateTimeOffset FetchedAt)
{
    /// <summary>The validators the server gave for a later conditional request.</summary>
    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>The server answered 304 to a conditional request: nothing changed and the body is empty.</summary>
    public bool NotModified { get; init; }
}

/// <summary>The validators of a conditional GET (<c>If-None-Match</c>, <c>If-Modified-Since</c>) from the last fetch.</summary>
internal sealed record FetchConditions(string? ETag, string? LastModified);

/// <summary>A conditional fetch's page or problem, and how long the server asked to be left alone (<c>Retry-After</c>).</summary>
internal sealed record ConditionalFetch(InputResult<FetchedPage> Page, TimeSpan? RetryAfter = null);

/// <summary>
/// Fetches pages over HTTP(S): connect and read timeouts, an overall deadline per URL, a body limit counted after
/// decompression (gzip, deflate, brotli; a gzip body cut short is refused, not used in part), redirects followed by hand (at most <see cref="InputOptions.MaxRedirects"/>, http/https only),
/// a clear user agent, and every connection checked against <see cref="AddressPolicy"/> at connect time so a
/// name that resolves to a private address is refused too.
/// </summary>
internal sealed class PageFetcher : IDisposable
{
    private readonly HttpClient client;
    private readonly InputOptions options;

    public PageFetcher(InputOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // gzip is inflated here, not by the handler: its decoder ends a cut-short body without a word.
            AutomaticDecompression = DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = options.ConnectTimeout,
            UseCookies = false,
            UseProxy = options.Proxy is not null,
            Proxy = options.Proxy is { } proxy ? new WebProxy(proxy) : null,
            ConnectCallback = ConnectAsync,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5");
    }

    public void Dispose() => client.Dispose();

    /// <summary>The page at <paramref name="url"/>, or a problem naming the URL and why it "cannot be fetched".</summary>
    public async Task<InputResult<FetchedPage>> FetchAsync(string url, CancellationToken cancellation = default) =>
        (await FetchAsync(url, null, cancellation).ConfigureAwait(false)).Page;

    /// <summary>
    /// The page at <paramref name="url"/> sent with the validators of <paramref name="conditions"/> when given: a 304
    /// is a page marked <see cref="FetchedPage.NotModified"/>, and a refusal carries the server's <c>Retry-After</c>.
    /// </summary>
    public async Task<ConditionalFetch> FetchAsync(string url, FetchConditions? conditions, CancellationToken cancellation = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var current))
        {
            return new(Fail(url, "not an absolute URL"));
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(options.FetchDeadline);
        try
        {
            return await FetchWithinAsync(url, current, conditions, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellation.IsCancellationRequested)
        {
            return new(Fail(url, $"not done within the {options.FetchDeadline.TotalSeconds:0} s allowed for one page; cut off"));
        }
    }

    private async Task<ConditionalFetch> FetchWithinAsync(string url, Uri current, FetchConditions? conditions, CancellationToken cancellation)
    {
        for (var hop = 0; hop <= options.MaxRedirects; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
            {
                return new(Fail(url, $"redirected to a {current.Scheme}: address, only http and https are fetched"));
            }

            try
            {
                if (options.Proxy is not null && !options.AllowPrivateAddresses)
                {
                    // Connections go to the proxy, so the connect-time check sees only the proxy: check the target here.
                    await CheckAddressesAsync(current.IdnHost, cancellation).ConfigureAwait(false);
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                timeout.CancelAfter(options.ReadTimeout);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                AddConditions(request, conditions);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                if (conditions is not null && response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new(InputResult.Success(new FetchedPage(current.ToString(), [], null, DateTimeOffset.UtcNow) { NotModified = true }));
                }

                if (!response.IsSuccessStatusCode)
                {
                    return new(Fail(url, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}"), RetryAfterOf(response.Headers));
                }

                if (response.Content.Headers.ContentLength is { } declared && declared > options.MaxBodyBytes)
                {
                    return new(Fail(url, $"the body is {declared / (1024 * 1024)} MB, over the {options.MaxBodyBytes / (1024 * 1024)} MB limit"));
                }

                var body = await ReadBodyAsync(url, response.Content, cancellation).ConfigureAwait(false);
                body = body.Succeeded && IsGzip(response.Content.Headers) ? Inflate(url, body.Value) : body;
                return new(body.Select(bytes => new FetchedPage(current.ToString(), bytes, ContentTypeOf(response.Content.Headers), DateTimeOffset.UtcNow)
                {
                    ETag = response.Headers.ETag?.ToString(),
                    LastModified = response.Content.Headers.LastModified?.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                }));
            }
            catch (HttpRequestException e)
            {
                return new(Fail(url, Reason(e)));
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return new(Fail(url, $"no answer within {options.ReadTimeout.TotalSeconds:0} s"));
            }
        }

        return new(Fail(url, $"more than {options.MaxRedirects} redirects"));
    }

    private static void AddConditions(HttpRequestMessage request, FetchConditions? conditions)
    {
        if (conditions?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (conditions?.LastModified is { } modified && DateTimeOffset.TryParse(modified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }
    }

    /// <summary>Retry-After as seconds or as a date (then counted from now); null when absent.</summary>
    private static TimeSpan? RetryAfterOf(HttpResponseHeaders headers) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    private static bool IsGzip(HttpContentHeaders headers) =>
        headers.ContentEncoding.Count == 1 && headers.ContentEncoding.First().Trim().ToLowerInvariant() is "gzip" or "x-gzip";

    private InputResult<byte[]> Inflate(string url, byte[] compressed)
    {
        var inflated = BoundedGzip.Inflate(url, compressed, options.MaxBodyBytes);
        return inflated.Succeeded ? inflated : Fail<byte[]>(url, inflated.Problem.Message);
    }

    private async Task<InputResult<byte[]>> ReadBodyAsync(string url, HttpContent content, CancellationToken cancellation)
    {
        using var stream = await content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
        // Sized from the declared length when there is one: a growing buffer would hold up to twice the body.
        using var output = new MemoryStream((int)Math.Min(content.Headers.ContentLength ?? 0, options.MaxBodyBytes));
        var buffer = new byte[81920];
        while (true)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(options.ReadTimeout);
            int read;
            try
            {
                read = await stream.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException)
            {
                // A corrupt gzip or brotli body fails inside the decompressing stream, not as an IOException.
                return Fail<byte[]>(url, "the body could not be read (corrupt or cut short): " + e.Message);
            }

            if (read == 0)
            {
                return InputResult.Success(output.Length == output.Capacity ? output.GetBuffer() : output.ToArray());
            }

            if (output.Length + read > options.MaxBodyBytes)
            {
                return Fail<byte[]>(url, $"the body is over the {options.MaxBodyBytes / (1024 * 1024)} MB limit (counted after decompression)");
            }

            output.Write(buffer, 0, read);
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellation)
    {
        var addresses = options.Proxy is null
            ? await CheckAddressesAsync(context.DnsEndPoint.Host, cancellation).ConfigureAwait(false)
            : await ResolveAsync(context.DnsEndPoint.Host, cancellation).ConfigureAwait(false); // the proxy the user named

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellation).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The host's addresses, refusing them (unless allowed) when any is not public.</summary>
    private async Task<IPAddress[]> CheckAddressesAsync(string host, CancellationToken cancellation)
    {
        var addresses = await ResolveAsync(host, cancellation).ConfigureAwait(false);
        if (!options.AllowPrivateAddresses)
        {
            foreach (var address in addresses)
            {
                if (AddressPolicy.RefusalReason(address) is { } reason)
                {
                    throw new HttpRequestException($"{host} resolves to {address}, a {reason} address; refused (use --allow-private to fetch it)");
                }
            }
        }

        return addresses;
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellation) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellation).ConfigureAwait(false);

    private static string? ContentTypeOf(HttpContentHeaders headers) => headers.ContentType?.ToString();

    private static string Reason(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner.Message.Contains("refused (use --allow-private", StringComparison.Ordinal))
            {
                return inner.Message;
            }
        }

        return e.InnerException is SocketException s ? $"cannot connect: {s.Message}" : e.Message;
    }

    private static InputResult<FetchedPage> Fail(string url, string reason) => Fail<FetchedPage>(url, reason);

    private static InputResult<T> Fail<T>(string url, string reason) => InputResult.Failure<T>(url, "cannot be fetched: " + reason);
}
