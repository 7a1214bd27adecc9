using AngleSharp.Dom;
using Chorus.Core.Documents;
using Chorus.Core.Metadata;

namespace Chorus.Core.Extraction;

/// <summary>A metadata value and where on the page it was found.</summary>
public sealed record Found(string Value, Evidence Evidence);

/// <summary>What a page says about itself outside its body text.</summary>
public sealed record HtmlMetadata(Found? Title, Found? Byline, Found? Published, Found? Language, Found? CanonicalUrl, Found? SiteName)
{
    /// <summary>The calendar day the page shows beside its headline (yyyy-MM-dd), with the line it stands on.</summary>
    public Found? ShownDate { get; init; }
}

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
        "cxenseparse:recs:publishtime", "og:published_time", "article:published",
    ];

    private static readonly string[] AuthorMetaNames = ["author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"];

    public static HtmlMetadata Read(MetadataSources page, JsonLdArticle? jsonLd, string? pageUrl)
    {
        var site = Meta(page, "og:site_name") ?? FromJsonLd(jsonLd?.Publisher, "publisher") ?? Meta(page, "application-name");
        var title = Meta(page, "og:title") ?? FromJsonLd(jsonLd?.Headline, "headline") ?? Meta(page, "twitter:title")
            ?? ElementText(page.FirstH1, "h1") ?? WithoutSiteName(ElementText(page.FirstTitle, "title"), site?.Value, pageUrl);
        var language = Attribute(page.HtmlWithLang, "html[lang]", "lang") ?? Meta(page, "content-language")
            ?? FromJsonLd(jsonLd?.Language, "inLanguage") ?? Meta(page, "og:locale");
        var visible = page.VisibleText;
        var anchors = PageHeader.Anchors(page, visible, title?.Value).ToList();
        var siteWords = SiteWords(site?.Value, pageUrl);
        var byline = PageHeader.Byline(page, visible, anchors, siteWords)
            ?? Names(FromJsonLd(jsonLd?.Author, "author"), siteWords)
            ?? AuthorMetaNames.Select(n => Names(Meta(page, n), siteWords)).FirstOrDefault(f => f is not null)
            ?? Names(ElementText(page.RelAuthor, "[rel=author]"), siteWords) ?? Names(ElementText(page.ItempropAuthor, "[itemprop=author]"), siteWords)
            ?? Names(ElementText(page.BylineClass, ".byline"), siteWords);
        var published = Plausible(FirstMeta(page, DateMetaNames, notUrl: true)) ?? Plausible(FromJsonLd(jsonLd?.DatePublished, "datePublished"))
            ?? Plausible(Attribute(page.ItempropDatePublished, "[itemprop=datePublished]", "content")) ?? Plausible(Attribute(page.ItempropDatePublished, "[itemprop=datePublished]", "datetime"))
            ?? Plausible(Attribute(page.TimeWithDatetime, "time[datetime]", "datetime"));
        var shown = PageHeader.Date(visible, anchors, MonthFirst(language?.Value));
        var canonical = Attribute(page.CanonicalLink, "link[rel=canonical]", "href") ?? Meta(page, "og:url")
            ?? (pageUrl is null ? null : new Found(pageUrl, new Evidence("page address", pageUrl)));
        return new HtmlMetadata(title, byline, published, language, Absolute(canonical, pageUrl), site) { ShownDate = shown };
    }

    /// <summary>The person names in what a tag gives as the author, kept with the tag as evidence; none when it names no person.</summary>
    private static Found? Names(Found? found, IReadOnlyList<string> siteWords) =>
        found is null || found.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null
            : PageHeader.Names(found.Value, siteWords, found.Evidence.Method) is { } names ? names with { Evidence = found.Evidence } : null;

    /// <summary>The site's name and host as lower-case letters: an "author" found inside them is the site naming itself.</summary>
    private static List<string> SiteWords(string? siteName, string? pageUrl)
    {
        var words = new List<string>();
        if (siteName is not null && Letters(siteName) is { Length: > 0 } site)
        {
            words.Add(site);
        }

        if (pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var uri) && Letters(uri.Host) is { Length: > 0 } host)
        {
            words.Add(host);
        }

        return words;
    }

    /// <summary>A stated date that reads as a day from 1900 on: placeholders such as 0001-01-01 give way to the next source.</summary>
    private static Found? Plausible(Found? date) =>
        date is not null && StatedDates.ReadInstant(date.Value, date.Evidence) is { } read && read.Date >= PlausibleDates.Earliest ? date : null;

    /// <summary>US English writes a numeric date month first; everyone else day first.</summary>
    private static bool MonthFirst(string? language) =>
        language is not null && (language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.Replace('_', '-').Equals("en-US", StringComparison.OrdinalIgnoreCase));

    private static readonly string[] TitleSeparators = [" - ", " | ", " – ", " — ", " :: ", " « ", " » "];

    /// <summary>
    /// A document title without the site's name before or after a separator ("Bridge closes - The Courier"): the
    /// name is recognised as the page's stated site name or as its host's name, letters only, ignoring case.
    /// </summary>
    private static Found? WithoutSiteName(Found? title, string? siteName, string? pageUrl)
    {
        if (title is null)
        {
            return null;
        }

        var host = pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var uri) ? Letters(uri.Host) : "";
        var site = Letters(siteName ?? "");
        bool IsSite(string part)
        {
            var letters = Letters(part);
            return letters.Length >= 3 && (letters == site || host.Contains(letters, StringComparison.Ordinal));
        }

        foreach (var separator in TitleSeparators)
        {
            var at = title.Value.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && IsSite(title.Value[(at + separator.Length)..]))
            {
                return title with { Value = title.Value[..at].TrimEnd() };
            }

            at = title.Value.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && IsSite(title.Value[..at]))
            {
                return title with { Value = title.Value[(at + separator.Length)..].TrimStart() };
            }
        }

        return title;
    }

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static Found? Meta(MetadataSources page, string name)
    {
        if (page.Meta(name) is not { } meta)
        {
            return null;
        }

        var value = TextBlocks.Collapse(meta.Content);
        return new Found(value, new Evidence($"meta {meta.Key}", value));
    }

    private static Found? FirstMeta(MetadataSources page, IEnumerable<string> names, bool notUrl) =>
        names.Select(n => Meta(page, n)).FirstOrDefault(f => f is not null && !(notUrl && f.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase)));

    private static Found? FromJsonLd(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : new Found(TextBlocks.Collapse(value), new Evidence($"json-ld {field}", value));

    private static Found? ElementText(IElement? element, string selector)
    {
        var text = element is null ? "" : TextBlocks.Collapse(element.TextContent);
        return text.Length is > 0 and <= 300 ? new Found(text, new Evidence($"<{selector}>", text)) : null;
    }

    private static Found? Attribute(IElement? element, string selector, string attribute)
    {
        var value = element?.GetAttribute(attribute);
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
