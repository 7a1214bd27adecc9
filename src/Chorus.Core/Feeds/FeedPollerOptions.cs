using Chorus.Core.Documents;

namespace Chorus.Core.Feeds;

/// <summary>How politely and how often feeds are polled; each value with the reason for it.</summary>
public sealed record FeedPollerOptions
{
    /// <summary>
    /// Whether a story changed by a poll gets the brief of its new version built and kept when it had a kept brief
    /// before (someone read it): "changes since" and the story's Atom feed then have every version.
    /// </summary>
    public bool KeepBriefVersions { get; init; } = true;

    /// <summary>Shortest interval: a feed posting every minute is still read only every 5 minutes, as news readers do.</summary>
    public TimeSpan MinInterval { get; init => field = Guard.Positive(value, nameof(MinInterval)); } = TimeSpan.FromMinutes(5);

    /// <summary>Longest interval: even a quiet feed is looked at once a day, so a revived one is noticed.</summary>
    public TimeSpan MaxInterval { get; init => field = Guard.Positive(value, nameof(MaxInterval)); } = TimeSpan.FromHours(24);

    /// <summary>The interval of a feed whose items carry no dates to learn from: hourly, the common default of feed readers.</summary>
    public TimeSpan DefaultInterval { get; init => field = Guard.Positive(value, nameof(DefaultInterval)); } = TimeSpan.FromHours(1);

    /// <summary>The first wait after a failure; it doubles with each failure in a row, up to <see cref="MaxInterval"/>.</summary>
    public TimeSpan BackoffBase { get; init => field = Guard.Positive(value, nameof(BackoffBase)); } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Least time between two requests to one host (feeds and item pages alike): a few seconds keeps a poller with
    /// many feeds of one outlet from looking like a crawler. Zero turns it off (a local test or bench server).
    /// </summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Hosts fetched at once: different outlets in parallel, each one sequential (see <see cref="PerHostDelay"/>).</summary>
    public int MaxConcurrentHosts { get; init => field = Guard.AtLeast(value, 1, nameof(MaxConcurrentHosts)); } = 8;

    /// <summary>Feeds taken (leased) at a time: small enough that a poller dying mid-pass holds few feeds until the lease ends.</summary>
    public int LeaseBatch { get; init => field = Guard.AtLeast(value, 1, nameof(LeaseBatch)); } = 64;

    /// <summary>How long a leased feed is held from other pollers: longer than any one fetch with its item pages.</summary>
    public TimeSpan LeaseDuration { get; init => field = Guard.Positive(value, nameof(LeaseDuration)); } = TimeSpan.FromMinutes(10);

    /// <summary>New items taken from one fetch: a feed's first poll can list hundreds of old items; the newest are what matter.</summary>
    public int MaxNewItemsPerFetch { get; init => field = Guard.AtLeast(value, 1, nameof(MaxNewItemsPerFetch)); } = 50;

    /// <summary>Dated items that set the adaptive interval: the last 20 posts say how often a feed posts now.</summary>
    public int ItemsForInterval { get; init => field = Guard.AtLeast(value, 2, nameof(ItemsForInterval)); } = 20;

    /// <summary>Longest sleep of <c>chorus watch</c> between passes, so a feed subscribed meanwhile waits at most this.</summary>
    public TimeSpan MaxIdle { get; init => field = Guard.Positive(value, nameof(MaxIdle)); } = TimeSpan.FromMinutes(1);
}
