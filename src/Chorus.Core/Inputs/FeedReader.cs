using System.Xml;
using System.Xml.Linq;
using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>
/// One feed item: an article when the feed carries its full content; else what the feed knew of it (title,
/// outlet, date) and the <paramref name="PageToFetch"/> that holds the article.
/// </summary>
internal sealed record FeedItem(RawDocument Document, string? PageToFetch = null)
{
    /// <summary>The item's own identity in its feed (RSS <c>guid</c>, Atom <c>id</c>, RSS 1.0 <c>rdf:about</c>), if it has one.</summary>
    public string? Guid { get; init; }

    /// <summary>When the feed says the item last changed (Atom <c>updated</c>, also used inside RSS), if it says.</summary>
    public string? Updated { get; init; }
}

/// <summary>A feed read whole: its title and one result per item (a feed may have none yet).</summary>
internal sealed record FeedContents(string? Title, IReadOnlyList<InputResult<FeedItem>> Items);

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds. Each item with full content (<c>content:encoded</c>, Atom
/// <c>content</c>) becomes an article; an item with only a summary has its linked page fetched (when fetching is
/// allowed). The feed's title becomes every item's outlet.
/// </summary>
internal static class FeedReader
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>DTDs are refused (entity expansion attacks); entities from anywhere else are capped.</summary>
    private static readonly XmlReaderSettings Safe = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
    };

    /// <summary>
    /// A feed nests four or five elements deep, and an XHTML body inside an Atom entry a few dozen more; building a
    /// tree of a hostile feed nested 200,000 deep takes minutes, so deeper feeds are refused after a streaming pass.
    /// </summary>
    private const int MaxDepth = 256;

    /// <summary>Whether any element of the XML sits deeper than <paramref name="limit"/>: one streaming pass, stopping at the first.</summary>
    private static bool DeeperThan(string xml, int limit)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Safe);
        while (reader.Read())
        {
            if (reader.Depth > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One result per item, in feed order; a feed that cannot be read at all is one problem naming it.</summary>
    public static IReadOnlyList<InputResult<FeedItem>> Read(string origin, string xml, bool fetchAllowed)
    {
        var feed = ReadFeed(origin, xml, fetchAllowed);
        if (!feed.Succeeded)
        {
            return [InputResult.Failure<FeedItem>(feed.Problem)];
        }

        return feed.Value.Items.Count == 0
            ? [InputResult.Failure<FeedItem>(origin, "is a feed with no items; skipped")]
            : feed.Value.Items;
    }

    /// <summary>The feed's title and items, or one problem naming the feed when it is not valid XML.</summary>
    public static InputResult<FeedContents> ReadFeed(string origin, string xml, bool fetchAllowed)
    {
        XDocument document;
        try
        {
            if (DeeperThan(xml, MaxDepth))
            {
                return InputResult.Failure<FeedContents>(origin, $"is a feed whose elements nest more than {MaxDepth} deep; not read, skipped");
            }

            using var reader = XmlReader.Create(new StringReader(xml), Safe);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return InputResult.Failure<FeedContents>(origin, $"looks like a feed but is not valid XML (line {e.LineNumber}, position {e.LinePosition}: {e.Message.Split('.')[0]}); skipped");
        }

        var root = document.Root!;
        var isAtom = root.Name.LocalName == "feed";
        var channel = isAtom ? root : root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root;
        var feedTitle = Child(channel, "title");
        var items = (isAtom ? root.Elements().Where(e => e.Name.LocalName == "entry") : root.Descendants().Where(e => e.Name.LocalName == "item")).ToList();
        return InputResult.Success(new FeedContents(feedTitle, items.Select((item, i) =>
            ReadItem(item, $"{origin}#{i + 1}", feedTitle, isAtom, fetchAllowed).Select(read => read with { Guid = ItemId(item, isAtom), Updated = Child(item, "updated") })).ToList()));
    }

    private static InputResult<FeedItem> ReadItem(XElement item, string origin, string? feedTitle, bool isAtom, bool fetchAllowed)
    {
        var title = Child(item, "title");
        var link = isAtom ? AtomLink(item) : Child(item, "link") ?? Guid(item);
        var date = isAtom ? Child(item, "published") ?? Child(item, "updated") : Child(item, "pubDate") ?? item.Element(Dc + "date")?.Value;
        var full = isAtom ? AtomContent(item) : item.Element(Content + "encoded")?.Value;
        var hints = new RawDocument(origin, "", ContentKind.Html)
        {
            Url = link,
            TitleHint = title,
            OutletHint = feedTitle,
            DateHint = date,
        };

        if (!string.IsNullOrWhiteSpace(full))
        {
            var kind = full.Contains('<', StringComparison.Ordinal) ? ContentKind.Html : ContentKind.PlainText;
            return InputResult.Success(new FeedItem(hints with { Content = full, Kind = kind }));
        }

        if (link is not null && InputFormatSniffer.IsHttpUrl(link) && fetchAllowed)
        {
            return InputResult.Success(new FeedItem(hints, PageToFetch: link));
        }

        return InputResult.Failure<FeedItem>(origin, link is null
            ? "feed item has neither full content nor a link; skipped"
            : "feed item has only a summary and fetching its page is turned off; skipped");
    }

    private static string? Child(XElement parent, string localName)
    {
        var value = parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string? ItemId(XElement item, bool isAtom)
    {
        var about = item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value.Trim();
        return Child(item, isAtom ? "id" : "guid") ?? (string.IsNullOrEmpty(about) ? null : about);
    }

    private static string? Guid(XElement item)
    {
        var guid = item.Elements().FirstOrDefault(e => e.Name.LocalName == "guid");
        return guid is not null && (string?)guid.Attribute("isPermaLink") != "false" && InputFormatSniffer.IsHttpUrl(guid.Value.Trim()) ? guid.Value.Trim() : null;
    }

    private static string? AtomLink(XElement entry)
    {
        var links = entry.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        return (string?)alternate?.Attribute("href");
    }

    /// <summary>Atom content: escaped HTML or text as a string, XHTML as its inner markup.</summary>
    private static string? AtomContent(XElement entry)
    {
        var content = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "content");
        if (content is null || content.Attribute("src") is not null)
        {
            return null;
        }

        return (string?)content.Attribute("type") == "xhtml"
            ? string.Concat(content.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))
            : content.Value;
    }
}
