using AngleSharp.Dom;
using Chorus.Core.Documents;

namespace Chorus.Core.Extraction;

/// <summary>A metadata value and where on the page it was found.</summary>
public sealed record Found(string Value, Evidence Evidence);

/// <summary>What a page says about itself outside its body text.</summary>
public sealed record HtmlMetadata(Found? Title, Found? Byline, Found? Published, Found? Language, Found? CanonicalUrl, Found? SiteName);

/// <summary>
/// Reads title, byline, publication date, language, canonical URL and site name from meta tags, JSON-LD,
/// <c>&lt;time&gt;</c> elements and the document, each source tried in order of reliability.
/// </summary>
internal static class PageMetadata
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
        "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
        "cxenseparse:recs:publishtime", "og:published_time",
    ];

    private static readonly string[] AuthorMetaNames = ["author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"];

    public static HtmlMetadata Read(IDocument document, JsonLdArticle? jsonLd, string? pageUrl)
    {
        var title = Meta(document, "og:title") ?? FromJsonLd(jsonLd?.Headline, "headline") ?? Meta(document, "twitter:title")
            ?? ElementText(document, "h1") ?? ElementText(document, "title");
        var byline = FromJsonLd(jsonLd?.Author, "author") ?? FirstMeta(document, AuthorMetaNames, notUrl: true)
            ?? ElementText(document, "[rel=author]") ?? ElementText(document, "[itemprop=author]") ?? ElementText(document, ".byline");
        var published = FirstMeta(document, DateMetaNames, notUrl: true) ?? FromJsonLd(jsonLd?.DatePublished, "datePublished")
            ?? Attribute(document, "[itemprop=datePublished]", "content") ?? Attribute(document, "[itemprop=datePublished]", "datetime")
            ?? Attribute(document, "time[datetime]", "datetime");
        var language = Attribute(document, "html[lang]", "lang") ?? Meta(document, "content-language")
            ?? FromJsonLd(jsonLd?.Language, "inLanguage") ?? Meta(document, "og:locale");
        var canonical = Attribute(document, "link[rel=canonical]", "href") ?? Meta(document, "og:url")
            ?? (pageUrl is null ? null : new Found(pageUrl, new Evidence("page address", pageUrl)));
        var site = Meta(document, "og:site_name") ?? FromJsonLd(jsonLd?.Publisher, "publisher") ?? Meta(document, "application-name");
        return new HtmlMetadata(title, byline, published, language, Absolute(canonical, pageUrl), site);
    }

    private static Found? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(content))
            {
                var value = TextBlocks.Collapse(content);
                return new Found(value, new Evidence($"meta {key}", value));
            }
        }

        return null;
    }

    private static Found? FirstMeta(IDocument document, IEnumerable<string> names, bool notUrl) =>
        names.Select(n => Meta(document, n)).FirstOrDefault(f => f is not null && !(notUrl && f.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase)));

    private static Found? FromJsonLd(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : new Found(TextBlocks.Collapse(value), new Evidence($"json-ld {field}", value));

    private static Found? ElementText(IDocument document, string selector)
    {
        var element = document.QuerySelector(selector);
        var text = element is null ? "" : TextBlocks.Collapse(element.TextContent);
        return text.Length is > 0 and <= 300 ? new Found(text, new Evidence($"<{selector}>", text)) : null;
    }

    private static Found? Attribute(IDocument document, string selector, string attribute)
    {
        var value = document.QuerySelector(selector)?.GetAttribute(attribute);
        return string.IsNullOrWhiteSpace(value) ? null : new Found(value.Trim(), new Evidence($"{selector} {attribute}", value.Trim()));
    }

    private static Found? Absolute(Found? url, string? pageUrl)
    {
        if (url is null || Uri.TryCreate(url.Value, UriKind.Absolute, out _) || pageUrl is null || !Uri.TryCreate(pageUrl, UriKind.Absolute, out var baseUri))
        {
            return url;
        }

        return Uri.TryCreate(baseUri, url.Value, out var absolute) ? url with { Value = absolute.ToString() } : url;
    }
}
