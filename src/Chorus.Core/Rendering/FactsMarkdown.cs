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

    /// <summary>
    /// Quantities listed before the rest are summarised as a count: ranked by how many sources state them, the ones
    /// past the first fifteen are nearly all stated once, which the "only one source" section lists anyway.
    /// </summary>
    private const int MaxQuantities = 15;

    public static void AppendConflicts(StringBuilder md, Brief brief, bool verbose)
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
            if (verbose)
            {
                var spans = conflict.Sides.SelectMany(s => s.Values).SelectMany(v => v.Sources).Select(s => Md.Where(brief, s));
                md.AppendLine(CultureInfo.InvariantCulture, $"  <sub>{string.Join(" · ", spans)}</sub>");
            }
        }

        foreach (var agreement in facts.Agreements)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Agree — **{Md.Escape(agreement.Claim)}**: {string.Join(" and ", agreement.Values.Select(v => $"{Md.Escape(v.Value)} ({Outlets(brief, v.Sources)})"))}");
        }

        md.AppendLine();
    }

    public static void AppendFacts(StringBuilder md, Brief brief, bool verbose)
    {
        var facts = brief.Facts;
        if (facts.Quantities.Count + facts.Quotes.Count + facts.Entities.Count + facts.Claims.Count > 0)
        {
            md.AppendLine("## Facts").AppendLine();
            AppendQuantities(md, brief);
            AppendQuotes(md, brief);
            ClaimsMarkdown.Append(md, brief);
            AppendEntities(md, brief);
        }

        AppendTimeline(md, brief, verbose);
    }

    /// <summary>Facts only one source reports; its quotes are counted, not repeated, since the Quotes list shows each once.</summary>
    public static void AppendOnlyIn(StringBuilder md, Brief brief)
    {
        var sources = brief.Facts.OnlyIn.Where(o => o.Quantities.Count + o.Quotes.Count > 0).ToList();
        if (sources.Count == 0)
        {
            return;
        }

        md.AppendLine("## Facts only one source reports").AppendLine();
        foreach (var only in sources)
        {
            var source = brief.SourceOf(only.ArticleId);
            var counts = new[] { (only.Quantities.Count, "quantity", ""), (only.Quotes.Count, "quote", " (under Quotes)") }
                .Where(c => c.Item1 > 0).Select(c => Plurals.Count(c.Item1, c.Item2) + c.Item3);
            md.AppendLine(CultureInfo.InvariantCulture, $"**Only in {source.Label} ({Md.Escape(source.Article.Outlet.Name)})**: {string.Join(", ", counts)}").AppendLine();
            foreach (var q in only.Quantities)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Md.Escape(q.Phrase)} {Md.Escape(q.Counted)}");
            }

            if (only.Quantities.Count > 0)
            {
                md.AppendLine();
            }
        }
    }

    /// <summary>Quantities a source disputes first, then by how many independent sources state them, then in the order found.</summary>
    private static void AppendQuantities(StringBuilder md, Brief brief)
    {
        var facts = brief.Facts;
        if (facts.Quantities.Count == 0)
        {
            return;
        }

        var disputed = facts.Conflicts.SelectMany(c => c.Sides).SelectMany(s => s.Values).SelectMany(v => v.Sources)
            .Select(s => (s.ArticleId, s.Span.Start)).ToHashSet();
        var ranked = facts.QuantityFacts
            .Select((group, order) => (Group: group, order, Disputed: group.Any(q => disputed.Contains((q.Source.ArticleId, q.Source.Span.Start))), Sources: group.Select(q => brief.SourceOf(q.Source.ArticleId).IndependentSource).Distinct().Count()))
            .OrderByDescending(g => g.Disputed).ThenByDescending(g => g.Sources).ThenBy(g => g.order)
            .ToList();
        md.AppendLine("### Quantities").AppendLine();
        foreach (var (group, _, isDisputed, _) in ranked.Take(MaxQuantities))
        {
            var q = group.GroupBy(x => (x.Phrase, x.Counted)).OrderByDescending(g => g.Count()).First().First();
            var interval = q.Modifier is null && q.Interval.Width == 0 ? "" : $" {q.Interval}";
            var mark = isDisputed ? " — disputed (see Conflicts)" : "";
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Md.Escape(q.Phrase)}** {Md.Escape(q.Counted)}{interval} ({Outlets(brief, group.Select(x => x.Source))}){mark}");
        }

        if (ranked.Count > MaxQuantities)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- … and {ranked.Count - MaxQuantities} more (see the JSON output)");
        }

        md.AppendLine();
    }

    private static void AppendQuotes(StringBuilder md, Brief brief)
    {
        if (brief.Facts.Quotes.Count == 0)
        {
            return;
        }

        md.AppendLine("### Quotes").AppendLine();
        foreach (var quote in ShownOnce(brief.Facts.Quotes))
        {
            AppendQuote(md, brief, quote);
        }

        md.AppendLine();
    }

    /// <summary>
    /// Each quote once: a quote whose words are (as the quote merger judges wordings) inside a longer one listed
    /// is a piece of it when every outlet of it is credited on the longer one or its wordings.
    /// </summary>
    internal static List<Quote> ShownOnce(IReadOnlyList<Quote> quotes)
    {
        var containment = new FactsOptions().QuoteContainment;
        var words = quotes.Select(q => WordAlignment.Words(q.Text)).ToList();
        bool Credits(Quote longer, Quote piece) =>
            piece.Mentions.All(m => longer.Mentions.Any(l => l.ArticleId == m.ArticleId) || longer.WordingDifferences.Any(d => d.ArticleIds.Contains(m.ArticleId)));
        return quotes.Where((q, i) => !quotes.Where((_, j) => j != i && words[j].Length > words[i].Length)
                .Any(longer => Credits(longer, q) && WordAlignment.Containment(words[i], WordAlignment.Words(longer.Text)) >= containment))
            .ToList();
    }

    private static void AppendEntities(StringBuilder md, Brief brief)
    {
        var facts = brief.Facts;
        if (facts.Entities.Count == 0)
        {
            return;
        }

        md.AppendLine("### Entities").AppendLine();
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

        md.AppendLine();
    }

    private static void AppendTimeline(StringBuilder md, Brief brief, bool verbose)
    {
        if (brief.Facts.Timeline.Count == 0)
        {
            return;
        }

        md.AppendLine("## Timeline").AppendLine();
        foreach (var entry in brief.Facts.Timeline)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{When(entry)}** — {Md.Escape(entry.Event)} ({Outlets(brief, entry.Mentions.Select(m => m.Source))})");
            if (verbose)
            {
                var phrases = string.Join("; ", entry.Mentions.Select(m => m.Reference is { } r ? $"“{m.Phrase}” from {Iso(r)}" : $"“{m.Phrase}”").Distinct());
                md.AppendLine(CultureInfo.InvariantCulture, $"  <sub>{Md.Escape(phrases)}</sub>");
            }
        }

        md.AppendLine();
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
    internal static string Outlets(Brief brief, IEnumerable<string> articleIds) =>
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
