using System.Text;
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

    /// <summary>
    /// The page's visible text as one string (runs of white space made one space, block boundaries a line break),
    /// up to <see cref="MaxVisibleChars"/>: dates and bylines shown beside the headline are read from it.
    /// </summary>
    public string VisibleText => visible.ToString();

    /// <summary>Where the first <c>h1</c> (not the masthead) starts and ends in <see cref="VisibleText"/>.</summary>
    public (int Start, int End)? H1Span { get; private set; }

    /// <summary>Where the text of each element marked as an author (itemprop, rel or a class naming an author or byline) stands in <see cref="VisibleText"/>.</summary>
    public List<(int Start, int End)> AuthorSpans { get; } = [];

    /// <summary>Every <c>time[datetime]</c> with where its text starts in <see cref="VisibleText"/>.</summary>
    public List<(int At, string Datetime)> Times { get; } = [];

    /// <summary>Pages longer than this are not read further for visible text: the headline and byline are near the top.</summary>
    private const int MaxVisibleChars = 200_000;

    private readonly StringBuilder visible = new();

    /// <summary>The last character appended to <see cref="visible"/> (reading a StringBuilder's end walks its chunks).</summary>
    private char last;

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
        var marked = Note(element);
        var hidden = IsInvisible(element.LocalName);
        var block = !hidden && IsBlock(element.LocalName);
        if (block)
        {
            Break();
        }

        var h1 = ReferenceEquals(element, FirstH1) && H1Span is null;
        var author = !hidden && marked;
        var inline = !hidden && !block && IsSeparatedInline(element.LocalName);
        if (inline)
        {
            Space();
        }

        var start = visible.Length;
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child)
            {
                if (!hidden)
                {
                    Visit(child);
                }
                else
                {
                    NoteHidden(child);
                }
            }
            else if (!hidden && children[i] is IText text)
            {
                AppendText(text.Data);
            }
        }

        if (h1)
        {
            H1Span = (start, visible.Length);
        }

        if (author && visible.Length > start)
        {
            AuthorSpans.Add((start, visible.Length));
        }

        if (inline)
        {
            Space();
        }

        if (block)
        {
            Break();
        }
    }

    /// <summary>Inside script, style and the like only what metadata needs is noted (JSON-LD, meta); none of it is visible text.</summary>
    private void NoteHidden(IElement element)
    {
        _ = Note(element);
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child)
            {
                NoteHidden(child);
            }
        }
    }

    private static bool IsInvisible(string name) => name is "script" or "style" or "noscript" or "template" or "head" or "svg" or "select" or "iframe" or "button";

    private static bool IsBlock(string name) => name is "p" or "div" or "br" or "li" or "ul" or "ol" or "tr" or "td" or "th" or "table"
        or "section" or "article" or "header" or "footer" or "aside" or "nav" or "main" or "figure" or "figcaption" or "blockquote"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "dd" or "dt" or "dl" or "form" or "address" or "hr";

    /// <summary>Inline elements that pages use to set a name, a date and a role side by side ("Ada Roe" "Staff Writer"): their text is a word apart from what surrounds it.</summary>
    private static bool IsSeparatedInline(string name) => name is "span" or "a" or "time" or "label" or "small" or "strong" or "em";

    private void Space()
    {
        if (visible.Length > 0 && visible.Length < MaxVisibleChars && last is not (' ' or '\n'))
        {
            Append(' ');
        }
    }

    /// <summary>Appends a text node's runs of non-space characters, each run of white space as one space.</summary>
    private void AppendText(string data)
    {
        var i = 0;
        while (i < data.Length && visible.Length < MaxVisibleChars)
        {
            if (char.IsWhiteSpace(data[i]))
            {
                if (visible.Length > 0 && last is not (' ' or '\n'))
                {
                    Append(' ');
                }

                i++;
                continue;
            }

            var start = i;
            while (i < data.Length && !char.IsWhiteSpace(data[i]))
            {
                i++;
            }

            visible.Append(data, start, i - start);
            last = data[i - 1];
        }
    }

    private void Append(char c)
    {
        visible.Append(c);
        last = c;
    }

    private void Break()
    {
        if (visible.Length == 0 || visible.Length >= MaxVisibleChars)
        {
            return;
        }

        if (last == ' ')
        {
            visible[^1] = '\n';
            last = '\n';
        }
        else if (last != '\n')
        {
            Append('\n');
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

    /// <summary>Notes what <paramref name="element"/> can state; true when it is marked as an author.</summary>
    private bool Note(IElement element)
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
                Times.Add((visible.Length, element.GetAttribute("datetime")!));
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

        var author = false;
        if (element.GetAttribute("rel") == "author")
        {
            RelAuthor ??= element;
            author = true;
        }

        if (element.GetAttribute("itemprop") is { } itemprop)
        {
            if (itemprop == "author")
            {
                ItempropAuthor ??= element;
                author = true;
            }
            else if (itemprop == "datePublished")
            {
                ItempropDatePublished ??= element;
            }
        }

        var classes = element.ClassName;
        if (BylineClass is null && HasClass(classes, "byline"))
        {
            BylineClass = element;
        }

        return author || NamesAuthor(classes);
    }

    /// <summary>A class attribute naming an author or a byline ("author", "byline__name", "article-author").</summary>
    private static bool NamesAuthor(string? classes) =>
        classes is not null && (classes.Contains("author", StringComparison.OrdinalIgnoreCase) || classes.Contains("byline", StringComparison.OrdinalIgnoreCase));

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
