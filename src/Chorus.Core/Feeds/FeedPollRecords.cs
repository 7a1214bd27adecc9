namespace Chorus.Core.Feeds;

/// <summary>How one feed's fetch went: "200", "304" or "error", the new items it brought and stored, and the error in words.</summary>
public sealed record FeedOutcome(long FeedId, string Url, string Status, int NewItems, int ArticlesAdded, int PagesFetched, string? Error, DateTime NextFetch)
{
    /// <summary>Articles replaced by a new version because their item changed (same GUID, new content or date).</summary>
    public int ArticlesReplaced { get; init; }
}

/// <summary>One pass over the due feeds.</summary>
public sealed record FeedPollSummary(IReadOnlyList<FeedOutcome> Feeds)
{
    public int NotModified => Feeds.Count(f => f.Status == "304");

    public int Failed => Feeds.Count(f => f.Error is not null);

    public int NewItems => Feeds.Sum(f => f.NewItems);

    public int ArticlesAdded => Feeds.Sum(f => f.ArticlesAdded);

    public int PagesFetched => Feeds.Sum(f => f.PagesFetched);

    public int ArticlesReplaced => Feeds.Sum(f => f.ArticlesReplaced);
}
