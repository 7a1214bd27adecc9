namespace Chorus.Core.Extraction;

/// <summary>
/// Estimates how deeply a page's elements nest, without parsing it. HTML tree building slows down with the square
/// of the nesting depth, so a hostile or broken page of thousands of nested elements is refused before parsing.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Real article pages nest well under a hundred elements deep; this leaves a wide margin.</summary>
    public const int MaxDepth = 1000;

    /// <summary>Elements without an end tag, or whose end tag is optional; they are not counted.</summary>
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rt", "rp",
        "html", "head", "body", "!doctype",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedSpans = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The deepest nesting seen, counting start and end tags of elements that must be closed.</summary>
    public static int EstimateDepth(string html)
    {
        var depth = 0;
        var max = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '!'))
            {
                end++;
            }

            if (end > start && !UncountedSpans.Contains(html.AsSpan(start, end - start)) && char.IsAsciiLetter(html[start]))
            {
                var selfClosing = false;
                var tagEnd = html.IndexOf('>', end);
                if (tagEnd > 0 && html[tagEnd - 1] == '/')
                {
                    selfClosing = true;
                }

                if (closing)
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (!selfClosing)
                {
                    max = Math.Max(max, ++depth);
                }
            }

            i = end;
        }

        return max;
    }
}
