using System.Globalization;
using System.Text;
using Chorus.Core.Briefs;
using Chorus.Core.Facts;

namespace Chorus.Core.Rendering;

/// <summary>The Facts part of the Markdown brief: conflicts, facts by kind, timeline, and facts only one source reports.</summary>
internal static class FactsMarkdown
{
    /// <summary>Entities listed before the rest are summarised as a count (the JSON lists all).</summary>
    private const int MaxEntities = 25;

    public static void AppendConflicts(StringBuilder md, Brief brief)
    {
        var facts = brief.Facts;
        if (facts.Conflicts.Count == 0 && facts.Agreements.Count == 0)
        {
            return;
        }

        md.AppendLine("## Conflicts").AppendLine();
        if (facts.Conflicts.Count == 0)
        {
            md.AppendLine("No source contradicts another on a claim they share.").AppendLine();
        }

        foreach (var conflict in facts.Conflicts)
        {
            var sides = conflict.Sides.Select(side => string.Join(", ", side.Values.Select(v => $"{Md.Escape(v.Value)} ({Outlets(brief, v.Sources)})")));
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Md.Escape(conflict.Claim)}**: {string.Join(" vs ", sides)}");
            var spans = conflict.Sides.SelectMany(s => s.Values).SelectMany(v => v.Sources).Select(s => Md.Where(brief, s));
            md.AppendLine(CultureInfo.InvariantCulture, $"  <sub>{string.Join(" · ", spans)}</sub>");
        }

        foreach (var agreement in facts.Agreements)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Agree — **{Md.Escape(agreement.Claim)}**: {string.Join(" and ", agreement.Values.Select(v => $"{Md.Escape(v.Value)} ({Outlets(brief, v.Sources)})"))}");
        }

        md.AppendLine();
    }

    public static void AppendFacts(StringBuilder md, Brief brief)
    {
        var facts = brief.Facts;
        md.AppendLine("## Facts").AppendLine();
        md.AppendLine("### Quantities").AppendLine();
        foreach (var group in facts.QuantityFacts)
        {
            var q = group.GroupBy(x => (x.Phrase, x.Counted)).OrderByDescending(g => g.Count()).First().First();
            var interval = q.Modifier is null && q.Interval.Width == 0 ? "" : $" {q.Interval}";
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Md.Escape(q.Phrase)}** {Md.Escape(q.Counted)}{interval} ({Outlets(brief, group.Select(x => x.Source))})");
        }

        md.AppendLine().AppendLine("### Quotes").AppendLine();
        foreach (var quote in facts.Quotes)
        {
            AppendQuote(md, brief, quote);
        }

        md.AppendLine().AppendLine("### Entities").AppendLine();
        foreach (var entity in facts.Entities.Take(MaxEntities))
        {
            var variants = entity.Variants.Count > 1 ? $"; also {string.Join(", ", entity.Variants.Skip(1).Select(Md.Escape))}" : "";
            var counts = string.Join(", ", entity.Mentions.OrderBy(m => Label(brief, m.ArticleId), StringComparer.Ordinal).Select(m => $"{Label(brief, m.ArticleId)} ×{m.Count}"));
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Md.Escape(entity.Name)}** ({entity.Type.ToString().ToLowerInvariant()}{variants}): {counts}");
        }

        if (facts.Entities.Count > MaxEntities)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- … and {facts.Entities.Count - MaxEntities} more (see the JSON output)");
        }

        md.AppendLine().AppendLine("## Timeline").AppendLine();
        foreach (var entry in facts.Timeline)
        {
            var phrases = string.Join("; ", entry.Mentions.Select(m => m.Reference is { } r ? $"“{m.Phrase}” from {Iso(r)}" : $"“{m.Phrase}”").Distinct());
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{When(entry)}** — {Md.Escape(entry.Event)} ({Outlets(brief, entry.Mentions.Select(m => m.Source))})");
            md.AppendLine(CultureInfo.InvariantCulture, $"  <sub>{Md.Escape(phrases)}</sub>");
        }

        md.AppendLine();
    }

    public static void AppendOnlyIn(StringBuilder md, Brief brief)
    {
        md.AppendLine("## Facts only one source reports").AppendLine();
        foreach (var only in brief.Facts.OnlyIn)
        {
            var source = brief.SourceOf(only.ArticleId);
            md.AppendLine(CultureInfo.InvariantCulture, $"**Only in {source.Label} ({Md.Escape(source.Article.Outlet.Name)})**: {only.Quantities.Count} quantities, {only.Quotes.Count} quotes").AppendLine();
            foreach (var q in only.Quantities)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Md.Escape(q.Phrase)} {Md.Escape(q.Counted)}");
            }

            foreach (var quote in only.Quotes)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- “{Md.Escape(quote.Text)}” — {Md.Escape(quote.Speaker ?? "unattributed")}");
            }

            md.AppendLine();
        }
    }

    private static void AppendQuote(StringBuilder md, Brief brief, Quote quote)
    {
        var who = quote.Speaker is null ? "unattributed" : quote.Role is null ? quote.Speaker : $"{quote.Speaker}, {quote.Role}";
        md.AppendLine(CultureInfo.InvariantCulture, $"- “{Md.Escape(quote.Text)}” — {Md.Escape(who)} ({Outlets(brief, quote.Mentions.Select(m => m.ArticleId))})");
        foreach (var difference in quote.WordingDifferences)
        {
            var parts = new List<string>();
            if (difference.Adds.Count > 0)
            {
                parts.Add($"adds “{string.Join(' ', difference.Adds)}”");
            }

            if (difference.Lacks.Count > 0)
            {
                parts.Add($"lacks “{string.Join(' ', difference.Lacks)}”");
            }

            if (parts.Count == 0)
            {
                parts.Add("quotes part of it");
            }

            md.AppendLine(CultureInfo.InvariantCulture, $"  <sub>{string.Join(", ", difference.ArticleIds.Select(id => Label(brief, id)))} wording: {Md.Escape(string.Join("; ", parts))}</sub>");
        }
    }

    private static string When(TimelineEntry entry) => entry.Precision switch
    {
        DatePrecision.Year => entry.From.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Month when entry.From.Day == 1 && entry.To.AddDays(1).Day == 1 => entry.From.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => entry.From == entry.To ? Iso(entry.From) : $"{Iso(entry.From)} to {Iso(entry.To)}",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Label(Brief brief, string articleId) => brief.SourceOf(articleId).Label;

    private static string Outlets(Brief brief, IEnumerable<SourceSpan> spans) => Outlets(brief, spans.Select(s => s.ArticleId));

    /// <summary>Distinct outlet names of the independent sources, in source order: "MPA, The Daily Ledger".</summary>
    private static string Outlets(Brief brief, IEnumerable<string> articleIds) =>
        string.Join(", ", articleIds.Distinct().Select(brief.SourceOf).OrderBy(s => s.IndependentSource)
            .GroupBy(s => s.IndependentSource).Select(g => Md.Escape(g.First().Article.Outlet.Name)).Distinct());
}

/// <summary>Small Markdown helpers shared by the brief's renderers.</summary>
internal static class Md
{
    public static string Escape(string text) => BriefMarkdown.Escape(text);

    public static string Where(Brief brief, SourceSpan span)
    {
        var source = brief.SourceOf(span.ArticleId);
        return $"**{source.Label}** chars {span.Span.Start}–{span.Span.End} “{Escape(span.Text)}”";
    }
}
