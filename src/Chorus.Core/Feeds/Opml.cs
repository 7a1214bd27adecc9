using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Chorus.Core.Documents;
using Chorus.Core.Storage;

namespace Chorus.Core.Feeds;

/// <summary>
/// OPML 2.0 subscription lists: reads nested outlines (the folders become a category, "News/World"), writes one
/// outline per category folder. DTDs are refused, as for feeds.
/// </summary>
public static class Opml
{
    private static readonly XmlReaderSettings Safe = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
    };

    /// <summary>The feeds of an OPML document in document order, or a problem naming <paramref name="origin"/>.</summary>
    public static InputResult<IReadOnlyList<FeedSubscription>> Read(string origin, string xml)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Safe);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return InputResult.Failure<IReadOnlyList<FeedSubscription>>(origin, $"is not valid OPML: not well-formed XML (line {e.LineNumber}, position {e.LinePosition})");
        }

        var body = document.Root?.Name.LocalName == "opml" ? document.Root.Elements().FirstOrDefault(e => e.Name.LocalName == "body") : null;
        if (body is null)
        {
            return InputResult.Failure<IReadOnlyList<FeedSubscription>>(origin, "is not an OPML file (no <opml> with a <body>)");
        }

        var feeds = new List<FeedSubscription>();
        Collect(body, [], feeds);
        return InputResult.Success<IReadOnlyList<FeedSubscription>>(feeds);
    }

    /// <summary>An OPML 2.0 document of the subscriptions, grouped into nested outlines by category.</summary>
    public static string Write(IEnumerable<FeedSubscription> feeds, DateTimeOffset created)
    {
        var body = new XElement("body");
        foreach (var feed in feeds)
        {
            var parent = body;
            foreach (var folder in (feed.Category ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var existing = parent.Elements("outline").FirstOrDefault(o => o.Attribute("xmlUrl") is null && (string?)o.Attribute("text") == folder);
                if (existing is null)
                {
                    existing = new XElement("outline", new XAttribute("text", folder), new XAttribute("title", folder));
                    parent.Add(existing);
                }

                parent = existing;
            }

            var name = feed.Title ?? feed.Url;
            parent.Add(new XElement("outline", new XAttribute("type", "rss"), new XAttribute("text", name), new XAttribute("title", name), new XAttribute("xmlUrl", feed.Url)));
        }

        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"),
                new XElement("head",
                    new XElement("title", "Chorus subscriptions"),
                    new XElement("dateCreated", created.ToString("R", CultureInfo.InvariantCulture))),
                body));
        using var writer = new Utf8StringWriter();
        document.Save(writer);
        return writer.ToString() + "\n";
    }

    private static void Collect(XElement parent, List<string> folders, List<FeedSubscription> feeds)
    {
        foreach (var outline in parent.Elements().Where(e => e.Name.LocalName == "outline"))
        {
            var text = Attribute(outline, "title") ?? Attribute(outline, "text");
            if (Attribute(outline, "xmlUrl") is { } url)
            {
                var category = Attribute(outline, "category") is { } stated && folders.Count == 0
                    ? stated.Split(',')[0].Trim('/', ' ')
                    : folders.Count > 0 ? string.Join('/', folders) : null;
                feeds.Add(new FeedSubscription(url, text, string.IsNullOrEmpty(category) ? null : category));
            }
            else
            {
                folders.Add(text ?? "");
                Collect(outline, folders, feeds);
                folders.RemoveAt(folders.Count - 1);
            }
        }
    }

    private static string? Attribute(XElement element, string name)
    {
        var value = element.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
