namespace Chorus.Core.Storage;

/// <summary>
/// The feed side of a store: subscriptions, their leases and fetch records, the items taken from them, and the
/// replacement of an article by a newer version of itself (a feed item that changed).
/// </summary>
public interface IFeedStore
{
    /// <summary>Subscribes to a feed due at once; a URL already subscribed is left as it is. Returns the row and whether it is new.</summary>
    (FeedRow Feed, bool Added) AddFeed(FeedSubscription subscription, TimeSpan interval, DateTime now);

    /// <summary>The feed subscriptions, in the order they were added.</summary>
    IReadOnlyList<FeedRow> Feeds();

    FeedRow? Feed(long id);

    FeedRow? FeedByUrl(string url);

    /// <summary>Unsubscribes; the articles the feed brought stay in their stories. False when there was no such feed.</summary>
    bool RemoveFeed(long id);

    /// <summary>Takes up to <paramref name="limit"/> due feeds no other poller holds, atomically across processes.</summary>
    IReadOnlyList<FeedRow> LeaseDueFeeds(string holder, DateTime now, TimeSpan leaseFor, int limit);

    /// <summary>The pollers holding leases now.</summary>
    IReadOnlyList<string> FeedLeaseHolders();

    /// <summary>Frees every lease of one poller (one known to be gone).</summary>
    int ReleaseFeedLeases(string holder);

    /// <summary>The earliest time a feed is due, or null without feeds.</summary>
    DateTime? NextFeedDue();

    /// <summary>Records a fetch and releases the feed's lease; only the lease's holder may.</summary>
    void RecordFeedFetch(long feedId, string holder, FeedFetchRecord fetch);

    /// <summary>Whether an item is already stored: the same GUID in this feed, or the same URL anywhere.</summary>
    bool FeedItemKnown(long feedId, string guid, string? url);

    void RecordFeedItems(long feedId, IReadOnlyList<FeedItemRecord> items, DateTime now);

    FeedItemSeen? FeedItem(long feedId, string guid);

    /// <summary>Whether an item with this URL was taken from any feed, or an article with it stored any other way.</summary>
    bool UrlKnown(string url);

    /// <summary>The article stored last from this input (a feed item's link, or its feed and GUID).</summary>
    string? LatestArticleOf(string origin);

    /// <summary>The stories the articles are in, each once, in id order.</summary>
    IReadOnlyList<long> StoriesOf(IReadOnlyCollection<string> articleIds);

    /// <summary>Puts the new version of an article in the place of the old one, in one transaction.</summary>
    bool ReplaceArticle(string oldId, string newId);
}
