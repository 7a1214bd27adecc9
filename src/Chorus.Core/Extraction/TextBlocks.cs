using System.Text;
using AngleSharp.Dom;

namespace Chorus.Core.Extraction;

public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    Other,
}

/// <summary>
/// A run of text between block-level boundaries: its owner element (the nearest block-level ancestor), whitespace-
/// collapsed text, and how many of its characters sit inside links.
/// </summary>
internal sealed record TextBlock(IElement Owner, string Text, int LinkChars, BlockKind Kind, int Index)
{
    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1, LinkChars / (double)Text.Length);

    public bool EndsLikeSentence => Text.Length > 0 && Text.TrimEnd('"', '\'', '”', '’', ')', ' ')[^1..] is "." or "!" or "?" or ":" or "…";
}

/// <summary>Splits a DOM subtree into text blocks in document order.</summary>
internal static class TextBlocks
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "td", "th", "tr", "ul", "br",
    };

    /// <summary>Elements that are never text at all (scripts, styles, drawings); their content is not read.</summary>
    private static readonly HashSet<string> NonTextTags = new(StringComparer.Ordinal) { "script", "style", "noscript", "template", "svg", "canvas" };

    public static bool IsBlock(IElement element) => BlockTags.Contains(element.LocalName);

    public static bool IsNonText(IElement element) => NonTextTags.Contains(element.LocalName);

    public static List<TextBlock> Read(IElement root)
    {
        var blocks = new List<TextBlock>();
        var text = new StringBuilder();
        var linkChars = 0;
        var owner = root;

        void Flush()
        {
            var collapsed = Collapse(text);
            if (collapsed.Length > 0)
            {
                blocks.Add(new TextBlock(owner, collapsed, Math.Min(linkChars, collapsed.Length), KindOf(owner), blocks.Count));
            }

            text.Clear();
            linkChars = 0;
        }

        void Walk(INode node, bool inLink)
        {
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (child is IText t)
                {
                    text.Append(t.Data);
                    if (inLink)
                    {
                        linkChars += CollapsedLength(t.Data);
                    }
                }
                else if (child is IElement e)
                {
                    if (IsNonText(e))
                    {
                        continue;
                    }

                    if (IsBlock(e))
                    {
                        Flush();
                        var previous = owner;
                        owner = e.LocalName == "br" || e.LocalName == "hr" ? owner : e;
                        Walk(e, inLink);
                        Flush();
                        owner = previous;
                    }
                    else
                    {
                        Walk(e, inLink || e.LocalName == "a");
                    }
                }
            }
        }

        Walk(root, false);
        Flush();
        return blocks;
    }

    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        AppendCollapsed(text, builder, ref space);
        return builder.ToString();
    }

    /// <summary>Collapses a builder's text without first copying it into a string.</summary>
    private static string Collapse(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var chunk in text.GetChunks())
        {
            AppendCollapsed(chunk.Span, builder, ref space);
        }

        return builder.ToString();
    }

    /// <summary>Appends text with each whitespace run as one space, none leading or trailing; <paramref name="space"/> carries a pending run between calls.</summary>
    private static void AppendCollapsed(ReadOnlySpan<char> text, StringBuilder builder, ref bool space)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200b' or '\ufeff')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }
    }

    /// <summary>The length <see cref="Collapse(string)"/> would return, without building the string.</summary>
    private static int CollapsedLength(string text)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200b' or '\ufeff')
            {
                space = length > 0;
                continue;
            }

            length += space ? 2 : 1;
            space = false;
        }

        return length;
    }

    private static BlockKind KindOf(IElement owner) => owner.LocalName switch
    {
        "p" => BlockKind.Paragraph,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dd" or "dt" => BlockKind.ListItem,
        "blockquote" => BlockKind.Quote,
        "pre" => BlockKind.Preformatted,
        _ => BlockKind.Other,
    };
}
