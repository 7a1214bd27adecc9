using Chorus.Core.Feeds;

namespace Chorus.Web;

/// <summary>What <c>chorus serve</c> serves, where, and the key that allows writes.</summary>
public sealed record ServeOptions
{
    /// <summary>Loopback only unless asked otherwise: a reader of one's own store needs no open port.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public required string DbPath { get; init; }

    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The key every write request must present; null: writes are refused (401) for everyone.</summary>
    public string? ApiKey { get; init; }

    public ServeLimits Limits { get; init; } = new();

    /// <summary>Poll the store's feeds in the background (<c>chorus serve</c> does unless <c>--no-poll</c>).</summary>
    public bool PollFeeds { get; init; }

    public FeedPollerOptions FeedPolling { get; init; } = new();

    /// <summary>Let the poller fetch feeds and pages on loopback and private addresses (<c>--allow-private</c>).</summary>
    public bool AllowPrivateFetches { get; init; }
}

/// <summary>The server's limits, each with the reason for its value.</summary>
public sealed record ServeLimits
{
    /// <summary>
    /// Largest write body: the same 10 MB as the fetcher's body limit, so a request can carry any page Chorus
    /// would fetch itself, or a few hundred articles of JSON.
    /// </summary>
    public long MaxWriteBodyBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Largest body of any other request: reads carry none, so anything bigger is not from a reader.</summary>
    public long MaxOtherBodyBytes { get; init; } = 16 * 1024;

    /// <summary>
    /// Write requests one client address may make per <see cref="WriteWindow"/>: a feed poller posts one batch
    /// per poll, far below this, while guessing keys or flooding the clusterer is cut off.
    /// </summary>
    public int WritesPerWindow { get; init; } = 60;

    public TimeSpan WriteWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Stories per page of the list: one screenful and a little, read top to bottom.</summary>
    public int StoriesPerPage { get; init; } = 25;

    /// <summary>Article hits per page of search results.</summary>
    public int HitsPerPage { get; init; } = 20;

    /// <summary>
    /// Story pages kept rendered in memory. A rendered page is tens of kilobytes; 500 of them stay well inside the
    /// server's memory budget while every story a group of readers has open is served without rebuilding.
    /// </summary>
    public int CachedStories { get; init; } = 500;

    /// <summary>
    /// Read connections to the store: two per core keep both cores busy while one request waits on the disk; more
    /// only adds page caches (each connection has its own).
    /// </summary>
    public int ReadConnections { get; init; } = Math.Max(2, 2 * Environment.ProcessorCount);
}
