using System.Globalization;
using System.Text;
using Chorus.Core.Briefs;
using Chorus.Core.Documents;

namespace Chorus.Core.Rendering;

/// <summary>
/// The Coverage part of the Markdown brief: what each independent source alone reports. A sentence that is mostly a
/// quote the Quotes list already shows is left out (a quote appears once), and a source with nothing of its own gets no
/// heading; the JSON lists every sentence.
/// </summary>
internal static class CoverageMarkdown
{
    public static void Append(StringBuilder md, Brief brief, int maxOnlyHere)
    {
        var quoted = brief.Facts.Quotes.SelectMany(q => q.Mentions).ToLookup(m => m.ArticleId, m => m.Spans, StringComparer.Ordinal);
        var shown = brief.Coverage
            .Select(c => (Coverage: c, Sentences: c.OnlyHere.Where(o => !InQuote(quoted[c.ArticleId], o.Span)).ToList()))
            .Where(c => c.Sentences.Count > 0)
            .ToList();
        if (shown.Count == 0)
        {
            return;
        }

        md.AppendLine("## Coverage").AppendLine();
        foreach (var (coverage, sentences) in shown)
        {
            var source = brief.SourceOf(coverage.ArticleId);
            md.AppendLine(CultureInfo.InvariantCulture, $"**Only in {coverage.Label} ({Md.Escape(source.Article.Outlet.Name)})**: {Plurals.Count(sentences.Count, "sentence")}").AppendLine();
            foreach (var only in sentences.Take(maxOnlyHere))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Md.Escape(only.Text)}");
            }

            if (sentences.Count > maxOnlyHere)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- … and {sentences.Count - maxOnlyHere} more (see the JSON output)");
            }

            md.AppendLine();
        }
    }

    /// <summary>A sentence mostly made of quoted words is that quote: at least half its characters lie inside quote pieces.</summary>
    private static bool InQuote(IEnumerable<IReadOnlyList<TextSpan>> quoteSpans, TextSpan sentence)
    {
        var quoted = quoteSpans.SelectMany(spans => spans).Where(sentence.Overlaps)
            .Sum(q => Math.Min(q.End, sentence.End) - Math.Max(q.Start, sentence.Start));
        return quoted * 2 >= sentence.Length;
    }
}
