namespace Chorus.Core.Inputs;

/// <summary>How inputs are read and fetched; the limits keep hostile or broken inputs from hurting the run.</summary>
public sealed record InputOptions
{
    public const long DefaultMaxBodyBytes = 10L * 1024 * 1024;

    /// <summary>Fetch URLs given on the command line, in URL lists and linked from feed items.</summary>
    public bool FetchAllowed { get; init; } = true;

    /// <summary>Allow fetching from loopback, private, link-local and cloud-metadata addresses (off: such URLs are refused).</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Largest HTTP body and largest HTML page read (after decompression); bigger ones are refused.</summary>
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>Largest inflated size of a gzip file or WARC: a small file that inflates past this is a gzip bomb.</summary>
    public long MaxInflatedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Redirects followed per URL before giving up (each hop is checked against the address policy).</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Time to open a connection to a server.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait for the response headers or for the next piece of the body.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public string UserAgent { get; init; } = "Chorus/1.0 (news brief builder; fetches pages named by its user)";
}
