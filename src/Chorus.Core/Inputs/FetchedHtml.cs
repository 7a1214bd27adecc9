using System.Text;

namespace Chorus.Core.Inputs;

/// <summary>
/// What is kept of a fetched page until the run ends: the page without its scripts (other than JSON-LD metadata),
/// style sheets and comments, which extraction never reads. Pages are padded with megabytes of these, and every
/// fetched page is held until the brief or ingest reads it, so they are dropped as each body arrives.
/// </summary>
internal static class FetchedHtml
{
    public static string WithoutScripts(string html)
    {
        var kept = new StringBuilder(Math.Min(html.Length, 1 << 20));
        // An opening that is never closed stays, and so do all later ones of its kind: no search runs to the end twice.
        var unclosed = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            if (open < 0)
            {
                break;
            }

            var end = DroppedElementEnd(html, open, unclosed);
            if (end < 0)
            {
                kept.Append(html, at, open + 1 - at);
                at = open + 1;
                continue;
            }

            kept.Append(html, at, open - at);
            at = end;
        }

        kept.Append(html, at, html.Length - at);
        return kept.Length == html.Length ? html : kept.ToString();
    }

    /// <summary>Where the comment, script or style starting at <paramref name="open"/> ends; -1 when none starts there or it never ends.</summary>
    private static int DroppedElementEnd(string html, int open, HashSet<string> unclosed)
    {
        var rest = html.AsSpan(open);
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = unclosed.Contains("!--") ? -1 : html.IndexOf("-->", open + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                unclosed.Add("!--");
            }

            return close < 0 ? -1 : close + 3;
        }

        foreach (var name in (ReadOnlySpan<string>)["script", "style"])
        {
            if (!rest[1..].StartsWith(name, StringComparison.OrdinalIgnoreCase) || rest.Length <= name.Length + 1
                || !(char.IsWhiteSpace(rest[name.Length + 1]) || rest[name.Length + 1] is '>' or '/'))
            {
                continue;
            }

            var tagEnd = unclosed.Contains(name) ? -1 : html.IndexOf('>', open);
            if (tagEnd < 0 || html.AsSpan(open, tagEnd - open).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
            var closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
            if (closeEnd < 0)
            {
                unclosed.Add(name);
                return -1;
            }

            return closeEnd + 1;
        }

        return -1;
    }
}
