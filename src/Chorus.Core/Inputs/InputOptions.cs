using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>
/// How inputs are read and fetched; the limits keep hostile or broken inputs from hurting the run. A limit below
/// its least sensible value (no bytes, no time, fewer than no redirects) is refused when set.
/// </summary>
public sealed record InputOptions
{
    public const long DefaultMaxBodyBytes = 10L * 1024 * 1024;

    /// <summary>Fetch URLs given on the command line, in URL lists and linked from feed items.</summary>
    public bool FetchAllowed { get; init; } = true;

    /// <summary>
    /// Leave URLs unfetched: each becomes a <see cref="ContentKind.PageToFetch"/> document in its input's place, for
    /// <see cref="DeferredPages.FetchAsync"/> to fetch later, elsewhere (the nodes of <c>chorus node</c>).
    /// </summary>
    public bool DeferFetching { get; init; }

    /// <summary>Allow fetching from loopback, private, link-local and cloud-metadata addresses (off: such URLs are refused).</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Largest HTTP body and largest HTML page read (after decompression); bigger ones are refused.</summary>
    public long MaxBodyBytes { get; init => field = Guard.AtLeast(value, 1, nameof(MaxBodyBytes)); } = DefaultMaxBodyBytes;

    /// <summary>Largest inflated size of a gzip file or WARC: a small file that inflates past this is a gzip bomb.</summary>
    public long MaxInflatedBytes { get; init => field = Guard.AtLeast(value, 1, nameof(MaxInflatedBytes)); } = 256L * 1024 * 1024;

    /// <summary>Redirects followed per URL before giving up (each hop is checked against the address policy).</summary>
    public int MaxRedirects { get; init => field = Guard.AtLeast(value, 0, nameof(MaxRedirects)); } = 5;

    /// <summary>Time to open a connection to a server.</summary>
    public TimeSpan ConnectTimeout { get; init => field = Guard.Positive(value, nameof(ConnectTimeout)); } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait for the response headers or for the next piece of the body.</summary>
    public TimeSpan ReadTimeout { get; init => field = Guard.Positive(value, nameof(ReadTimeout)); } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Longest time one URL may take from the request to the last byte of its body, redirects included: a server
    /// that sends a byte now and then resets the read timeout forever, never this.
    /// </summary>
    public TimeSpan FetchDeadline { get; init => field = Guard.Positive(value, nameof(FetchDeadline)); } = TimeSpan.FromSeconds(60);

    /// <summary>Pages fetched at once: at most this many bodies are being read (and held) at any moment.</summary>
    public int MaxConcurrentFetches { get; init => field = Guard.AtLeast(value, 1, nameof(MaxConcurrentFetches)); } = 4;

    /// <summary>Pages fetched from one URL list or feed; the rest are named in one warning and not fetched.</summary>
    public int MaxUrlsPerList { get; init => field = Guard.AtLeast(value, 1, nameof(MaxUrlsPerList)); } = 500;

    public string UserAgent { get; init => field = Guard.NotBlank(value, nameof(UserAgent)); } = "Chorus/1.0 (news brief builder; fetches pages named by its user)";

    /// <summary>
    /// The HTTP proxy to fetch through, or null to connect directly. The <c>http_proxy</c>/<c>HTTPS_PROXY</c>/<c>ALL_PROXY</c>
    /// variables are never read: through a proxy the address check would see the proxy, not the page's host.
    /// With a proxy each target host is resolved and checked before the request is sent.
    /// </summary>
    public Uri? Proxy { get; init; }
}
