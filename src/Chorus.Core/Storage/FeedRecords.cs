namespace Chorus.Core.Storage;

/// <summary>One subscription as stored: where it is, how it was last fetched, and when it is due again.</summary>
public sealed record FeedRow(
    long Id,
    string Url,
    string? Title,
    string? Category,
    DateTime Added,
    string? ETag,
    string? LastModified,
    DateTime? LastFetch,
    string? LastStatus,
    DateTime NextFetch,
    TimeSpan Interval,
    string? Error,
    int Failures,
    int Items);

/// <summary>A feed to subscribe to: its URL, and the title and category an OPML file or the user gave it.</summary>
public sealed record FeedSubscription(string Url, string? Title = null, string? Category = null);

/// <summary>
/// What one fetch of a feed left to remember: the validators for the next conditional GET, when to come back, and
/// the error in words when it failed (null clears the last one).
/// </summary>
public sealed record FeedFetchRecord(
    DateTime FetchedAt,
    string Status,
    DateTime NextFetch,
    TimeSpan Interval,
    string? Error,
    int Failures,
    string? ETag,
    string? LastModified,
    string? Title);

/// <summary>
/// An item taken from a feed: its identity in the feed, its URL, the article it became (null when none did), and
/// the fingerprint of its content that tells a changed item from the same one again.
/// </summary>
public sealed record FeedItemRecord(string Guid, string? Url, string? ArticleId, string? Fingerprint = null);

/// <summary>An item of a feed as last taken: the article it became and the fingerprint it had (null before migration 7).</summary>
public sealed record FeedItemSeen(string? ArticleId, string? Fingerprint);
