using System.Text.RegularExpressions;
using Chorus.Core.Documents;
using Chorus.Core.Metadata;

namespace Chorus.Core.Extraction;

/// <summary>
/// Reads what a page shows beside its headline: the date and the byline a reader sees there. The headline is found
/// as the page's first <c>h1</c>, or failing that as the first place the title appears in the visible text; the
/// window read around it is a few lines before (where some sites put the date) and a few after.
/// </summary>
internal static partial class PageHeader
{
    /// <summary>Characters read before the headline: a kicker, a section name and a date line.</summary>
    private const int Before = 300;

    /// <summary>Characters read after the headline: a standfirst, the byline and the date line.</summary>
    private const int After = 600;

    /// <summary>The places the headline stands in <paramref name="page"/>'s visible text, best first.</summary>
    public static IEnumerable<(int Start, int End)> Anchors(MetadataSources page, string visible, string? title)
    {
        if (page.H1Span is { } h1 && h1.End > h1.Start)
        {
            yield return h1;
        }

        if (!string.IsNullOrWhiteSpace(title) && title.Length >= 8 && visible.IndexOf(title, StringComparison.Ordinal) is var at and >= 0)
        {
            yield return (at, at + title.Length);
        }
    }

    /// <summary>The date shown nearest after the headline (an "updated" date only when no other is shown), else the nearest before it.</summary>
    public static Found? Date(string visible, IEnumerable<(int Start, int End)> anchors, bool monthFirst)
    {
        foreach (var (start, end) in anchors)
        {
            var from = Math.Max(0, start - Before);
            var to = Math.Min(visible.Length, end + After);
            var window = visible[from..to];
            var dates = VisibleDates.Find(window, monthFirst).ToList();
            var after = dates.Where(d => from + d.At >= end).ToList();
            var chosen = after.FirstOrDefault(d => !d.Updated) ?? after.FirstOrDefault() ?? dates.LastOrDefault(d => from + d.At < start && !d.Updated);
            if (chosen is not null)
            {
                var method = chosen.Updated ? EvidenceMethods.UpdatedNearHeadline : EvidenceMethods.DateNearHeadline;
                return new Found(chosen.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), new Evidence(method, Line(window, chosen.At)));
            }
        }

        return null;
    }

    /// <summary>The names of the byline shown beside the headline ("By …", "Posted by …", "Text: …"), or of an author element there.</summary>
    public static Found? Byline(MetadataSources page, string visible, IEnumerable<(int Start, int End)> anchors, IReadOnlyList<string> siteWords)
    {
        foreach (var (start, end) in anchors)
        {
            var from = Math.Max(0, start - Before);
            var to = Math.Min(visible.Length, end + After);
            var window = visible[from..to];
            foreach (Match m in BylineLead().Matches(window))
            {
                var lead = from + m.Index + m.Value.LastIndexOf(' ') + 1;
                var raw = visible.Substring(lead, Math.Min(120, visible.Length - lead));
                if (Names(raw, siteWords, "byline near the headline") is { } found)
                {
                    return found;
                }
            }

            // Several authors are often marked one element each: every author element in the window counts.
            var names = new List<string>();
            var texts = new List<string>();
            foreach (var (spanStart, spanEnd) in page.AuthorSpans)
            {
                if (spanStart >= from && spanStart < to && spanEnd - spanStart <= 160)
                {
                    var text = visible[spanStart..spanEnd];
                    var read = BylineNames.Read(text, siteWords).Where(n => !names.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
                    if (read.Count > 0)
                    {
                        names.AddRange(read);
                        texts.Add(TextBlocks.Collapse(text));
                    }
                }
            }

            if (names.Count > 0)
            {
                return new Found(string.Join(", ", names), new Evidence("author element near the headline", string.Join(" | ", texts)));
            }
        }

        return null;
    }

    /// <summary>Person names read from <paramref name="raw"/>, joined as a byline, with the text they came from.</summary>
    public static Found? Names(string raw, IReadOnlyList<string> siteWords, string method)
    {
        var names = BylineNames.Read(raw, siteWords);
        return names.Count == 0 ? null : new Found(string.Join(", ", names), new Evidence(method, TextBlocks.Collapse(raw)));
    }

    /// <summary>The line of the window a date stands on, as its evidence.</summary>
    private static string Line(string window, int at)
    {
        var start = window.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = window.IndexOf('\n', at);
        var line = window[start..(end < 0 ? window.Length : end)].Trim();
        return line.Length <= 160 ? line : line[..160];
    }

    /// <summary>A byline's lead word at the start of a line or after a bar: "By", "Posted by", "Text:", "Publicado por", "Автор".</summary>
    [GeneratedRegex(@"(?<=^|\n|\|\s?|\s[-–—]\s)(?:(?:Analysis|Story|Words|Written|Reporting|Reported|Text)\s+by|By|BY|by|Posted\s+(?:on\s+[^\n]{0,40}?\s+)?by|Por|Par|Von|Oleh|Publicado por|Text|Texto|Текст|Автор)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BylineLead();
}
