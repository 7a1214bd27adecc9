using System.Globalization;
using Chorus.Core.Rendering;

namespace Chorus.Web.Briefs;

/// <summary>
/// An article's cleaned text as HTML paragraphs, with the spans its story's brief cites marked and an anchor
/// (<c>#at-OFFSET</c>) at the start of every cited span, so a citation in the brief opens the article at its words.
/// </summary>
public static class ArticleText
{
    private static readonly string[] Priority = ["summary", "only", "fact"];

    public static string Render(string text, IReadOnlyList<CitedSpan> cited)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cited);

        // Marks cannot overlap: summary sentences first, then sentences only this source has, then facts in the gaps.
        var marked = new List<CitedSpan>();
        foreach (var span in cited.OrderBy(s => Array.IndexOf(Priority, s.Kind)).ThenBy(s => s.Start))
        {
            if (!marked.Any(m => m.Start < span.End && span.Start < m.End))
            {
                marked.Add(span);
            }
        }

        marked.Sort((a, b) => a.Start.CompareTo(b.Start));
        var anchors = cited.Select(s => s.Start).Distinct().Where(p => !marked.Any(m => m.Start == p)).ToHashSet();
        var html = new HtmlWriter();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal) is var b and >= 0 ? b : text.Length;
            if (end > start)
            {
                Paragraph(html, text, start, end, marked, anchors);
            }

            start = end + 2;
        }

        return html.ToString();
    }

    private static void Paragraph(HtmlWriter html, string text, int start, int end, List<CitedSpan> marked, HashSet<int> anchors)
    {
        // Boundaries inside the paragraph: (position, order, markup); closes come before anchors before opens.
        var events = new List<(int At, int Order, string Markup)>();
        foreach (var m in marked.Where(m => m.Start < end && m.End > start))
        {
            var id = m.Start >= start ? $" id=\"at-{m.Start.ToString(CultureInfo.InvariantCulture)}\"" : "";
            events.Add((Math.Max(m.Start, start), 2, $"<mark class=\"cited {m.Kind}\"{id}>"));
            events.Add((Math.Min(m.End, end), 0, "</mark>"));
        }

        foreach (var point in anchors.Where(p => p >= start && p < end))
        {
            events.Add((point, 1, $"<span class=\"anchor\" id=\"at-{point.ToString(CultureInfo.InvariantCulture)}\"></span>"));
        }

        events.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Order.CompareTo(b.Order));
        html.Open("p");
        var cursor = start;
        foreach (var (at, _, markup) in events)
        {
            html.Text(text[cursor..at].Replace('\n', ' ')).Markup(markup);
            cursor = at;
        }

        html.Text(text[cursor..end].Replace('\n', ' ')).Close("p").Line();
    }
}
