namespace Chorus.Core.Extraction;

/// <summary>
/// Estimates how deeply a page's elements nest, without parsing it. HTML tree building slows down with the square
/// of the nesting depth, so a hostile or broken page of thousands of nested elements is refused before parsing.
/// The count follows HTML5 as the parser will: <c>&lt;div/&gt;</c> opens a div (the slash means nothing outside
/// SVG and MathML), and an end tag closes the latest open element of its name and all opened after it, while an
/// end tag with no such element open is ignored (a run of stray <c>&lt;/b&gt;</c> cannot hide the nesting).
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

    /// <summary>Where a self-closing slash does close the element (foreign content).</summary>
    private static readonly HashSet<string> Foreign = new(StringComparer.OrdinalIgnoreCase) { "svg", "math" };

    /// <summary>
    /// The deepest nesting seen, counting elements that must be closed. The scan stops once the depth passes
    /// <see cref="MaxDepth"/> (the page is refused then), so it is linear in the page's length.
    /// </summary>
    public static int EstimateDepth(string html)
    {
        var open = new List<string>();
        var openByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var foreignDepth = 0;
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

            if (end > start && char.IsAsciiLetter(html[start]) && !UncountedSpans.Contains(html.AsSpan(start, end - start)))
            {
                var name = html[start..end];
                if (closing)
                {
                    if (openByName.GetValueOrDefault(name) > 0)
                    {
                        string popped;
                        do
                        {
                            popped = open[^1];
                            open.RemoveAt(open.Count - 1);
                            openByName[popped]--;
                            foreignDepth -= Foreign.Contains(popped) ? 1 : 0;
                        }
                        while (!popped.Equals(name, StringComparison.OrdinalIgnoreCase));
                    }
                }
                else if (!(foreignDepth > 0 && SelfClosed(html, end)))
                {
                    open.Add(name);
                    openByName[name] = openByName.GetValueOrDefault(name) + 1;
                    foreignDepth += Foreign.Contains(name) ? 1 : 0;
                    max = Math.Max(max, open.Count);
                    if (max > MaxDepth)
                    {
                        return max;
                    }
                }
            }

            i = end;
        }

        return max;
    }

    private static bool SelfClosed(string html, int nameEnd)
    {
        var tagEnd = html.IndexOf('>', nameEnd);
        return tagEnd > 0 && html[tagEnd - 1] == '/';
    }
}
