using AngleSharp.Dom;

namespace Chorus.Core.Extraction;

/// <summary>
/// Everything on a page that can state its title, byline, date, language, address or site, gathered in one walk
/// over the document (a selector query per source would walk it once per meta name).
/// </summary>
internal sealed class MetadataSources
{
    /// <summary>The first non-blank meta content per lower-cased key (property, name, itemprop or http-equiv), with the key as written.</summary>
    private readonly Dictionary<string, (string Key, string Content)> metas = new(StringComparer.Ordinal);

    private MetadataSources()
    {
    }

    public IElement? FirstH1 { get; private set; }

    public IElement? FirstTitle { get; private set; }

    public IElement? RelAuthor { get; private set; }

    public IElement? ItempropAuthor { get; private set; }

    public IElement? BylineClass { get; private set; }

    public IElement? ItempropDatePublished { get; private set; }

    public IElement? TimeWithDatetime { get; private set; }

    public IElement? HtmlWithLang { get; private set; }

    public IElement? CanonicalLink { get; private set; }

    /// <summary>The text of every <c>script[type=application/ld+json]</c>, in document order.</summary>
    public List<string> JsonLdScripts { get; } = [];

    public static MetadataSources Read(IDocument document)
    {
        var sources = new MetadataSources();
        if (document.DocumentElement is { } root)
        {
            sources.Visit(root);
        }

        return sources;
    }

    /// <summary>The first meta tag whose key is <paramref name="name"/> (any case) and whose content is not blank.</summary>
    public (string Key, string Content)? Meta(string name) =>
        metas.TryGetValue(name.ToLowerInvariant(), out var found) ? found : null;

    private void Visit(IElement element)
    {
        Note(element);
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child)
            {
                Visit(child);
            }
        }
    }

    /// <summary>
    /// A heading inside a link to the site's home page is the masthead (the site's name or logo), not the article's
    /// title: many sites mark their name up as the page's first <c>h1</c>.
    /// </summary>
    private static bool InHomeLink(IElement heading)
    {
        for (var node = heading.ParentElement; node is not null; node = node.ParentElement)
        {
            if (node.LocalName == "a")
            {
                var href = node.GetAttribute("href")?.Trim() ?? "";
                return href is "/" or "./" or "index.html" or "/index.html"
                    || (Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/" && uri.Query.Length == 0);
            }
        }

        return false;
    }

    private void Note(IElement element)
    {
        switch (element.LocalName)
        {
            case "meta":
                NoteMeta(element);
                break;
            case "h1" when !InHomeLink(element):
                FirstH1 ??= element;
                break;
            case "title":
                FirstTitle ??= element;
                break;
            case "time" when element.HasAttribute("datetime"):
                TimeWithDatetime ??= element;
                break;
            case "html" when element.HasAttribute("lang"):
                HtmlWithLang ??= element;
                break;
            case "link" when element.GetAttribute("rel") == "canonical":
                CanonicalLink ??= element;
                break;
            case "script" when element.GetAttribute("type") == "application/ld+json":
                JsonLdScripts.Add(element.TextContent);
                break;
        }

        if (RelAuthor is null && element.GetAttribute("rel") == "author")
        {
            RelAuthor = element;
        }

        if (element.GetAttribute("itemprop") is { } itemprop)
        {
            if (itemprop == "author")
            {
                ItempropAuthor ??= element;
            }
            else if (itemprop == "datePublished")
            {
                ItempropDatePublished ??= element;
            }
        }

        if (BylineClass is null && HasClass(element.ClassName, "byline"))
        {
            BylineClass = element;
        }
    }

    /// <summary>Whether a class attribute lists this class (without building the element's class list).</summary>
    private static bool HasClass(string? classes, string name)
    {
        if (classes is null)
        {
            return false;
        }

        foreach (var range in classes.AsSpan().SplitAny(" \t\n\r\f"))
        {
            if (classes.AsSpan()[range].SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    private void NoteMeta(IElement meta)
    {
        var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
        var content = meta.GetAttribute("content");
        if (key is not null && !string.IsNullOrWhiteSpace(content))
        {
            metas.TryAdd(key.ToLowerInvariant(), (key, content));
        }
    }
}
