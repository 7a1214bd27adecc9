using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Storage;

namespace Chorus.Core.Feeds;

/// <summary>A feed item to take: new, or changed since it was taken (<paramref name="Replaces"/>: the article it became then).</summary>
internal sealed record ItemToTake(FeedItem Item, string Guid, string Fingerprint, string? Replaces);

/// <summary>From a fetched feed to the documents to ingest: reading it, telling new and changed items from stored ones, and item pages.</summary>
internal static class FeedDocuments
{
    /// <summary>The feed's items; a body that is not a feed (an HTML page, garbage) is a problem in words.</summary>
    public static InputResult<FeedContents> Read(string url, FetchedPage page)
    {
        var decoded = HtmlCharset.Decode(url, page.Body, page.ContentType);
        if (!decoded.TryGetValue(out var text))
        {
            return InputResult.Failure<FeedContents>(decoded.Problem!);
        }

        var format = InputFormatSniffer.Detect(text.Text);
        if (format != InputFormat.Feed)
        {
            return InputResult.Failure<FeedContents>(url, format == InputFormat.Html
                ? "is not a feed: the server sent an HTML page"
                : "is not a feed: the body is neither RSS nor Atom");
        }

        return FeedReader.ReadFeed(url, text.Text, fetchAllowed: true);
    }

    /// <summary>
    /// The items to take: those not stored yet (by GUID in this feed, or by URL anywhere), and those taken before
    /// whose fingerprint changed (with the article they became then, to be replaced), each once. Items taken before
    /// migration 7 have no fingerprint: theirs is only recorded.
    /// </summary>
    public static (List<ItemToTake> Take, List<FeedItemRecord> Fingerprinted) Sort(IStoryStore store, FeedRow feed, IEnumerable<FeedItem> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var take = new List<ItemToTake>();
        var fingerprinted = new List<FeedItemRecord>();
        foreach (var item in items)
        {
            var guid = Identity(item);
            var url = item.Document.Url;
            if (!seen.Add(guid) || (url is not null && !seen.Add("url " + url)))
            {
                continue;
            }

            var fingerprint = Fingerprint(item);
            if (store.FeedItem(feed.Id, guid) is { } known)
            {
                if (known.Fingerprint is null)
                {
                    fingerprinted.Add(new FeedItemRecord(guid, url, null, fingerprint));
                }
                else if (known.Fingerprint != fingerprint)
                {
                    // Taken by a node's poller, the item's article was not stored yet when it was recorded.
                    take.Add(new ItemToTake(item, guid, fingerprint, known.ArticleId ?? store.LatestArticleOf(Origin(feed.Url, item, guid))));
                }

                continue;
            }

            if (url is null || !store.UrlKnown(url))
            {
                take.Add(new ItemToTake(item, guid, fingerprint, null));
            }
        }

        return (take, fingerprinted);
    }

    /// <summary>The origin of the article an item becomes: its link, else its GUID in the feed.</summary>
    public static string Origin(string feedUrl, FeedItem item, string guid) => item.Document.Url ?? $"{feedUrl}#{guid}";

    /// <summary>What tells a changed item from the same one again: its title, content and updated date, hashed.</summary>
    public static string Fingerprint(FeedItem item) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.Document.TitleHint + "\n" + item.Document.Content + "\n" + item.Updated)))[..16];

    /// <summary>The item's page read as the article, with the feed's title, outlet and date kept as hints.</summary>
    public static InputResult<RawDocument> PageDocument(RawDocument hints, FetchedPage page) =>
        HtmlCharset.Decode(page.Url, page.Body, page.ContentType).Select(text =>
            hints with { Content = text.Text, Kind = ContentKind.Html, Url = page.Url, FetchedAt = page.FetchedAt });

    public static DateTimeOffset? Date(string? text) =>
        text is not null && DateTimeOffset.TryParse(text.Replace("GMT", "+0000", StringComparison.Ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    /// <summary>The GUID, else the link, else a hash of the title and content (an item with neither id nor link).</summary>
    private static string Identity(FeedItem item) =>
        item.Guid ?? item.Document.Url ?? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.Document.TitleHint + "\n" + item.Document.Content)))[..16];
}
