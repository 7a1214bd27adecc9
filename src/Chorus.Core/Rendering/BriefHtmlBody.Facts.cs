using System.Globalization;

namespace Chorus.Core.Rendering;

/// <summary>The facts of the HTML brief: conflicts and agreements, quotes, numbers, the timeline, entities.</summary>
internal sealed partial class BriefHtmlBody
{
    private void Conflicts()
    {
        var facts = brief.Facts;
        if (facts is null || (facts.Conflicts.Count == 0 && facts.Agreements.Count == 0))
        {
            return;
        }

        Section("conflicts", "Where the sources disagree");
        if (facts.Conflicts.Count == 0)
        {
            html.Element("p", "No source contradicts another on a claim they share.").Line();
        }
        else
        {
            html.Open("table", ("class", "conflict-table")).Line()
                .Element("caption", "Claims stated with values that cannot all be true: each side, with the outlets that state it").Line()
                .Open("thead").Open("tr").Element("th", "Claim", ("scope", "col")).Element("th", "What each side says", ("scope", "col"))
                .Element("th", "Kind", ("scope", "col")).Close("tr").Close("thead").Line().Open("tbody").Line();
            foreach (var conflict in facts.Conflicts)
            {
                html.Open("tr").Element("th", conflict.Claim, ("scope", "row")).Open("td");
                for (var i = 0; i < conflict.Sides.Count; i++)
                {
                    if (i > 0)
                    {
                        html.Element("span", " vs ", ("class", "vs"));
                    }

                    html.Open("span", ("class", "side"));
                    Values(conflict.Sides[i].Values, "; ");
                    html.Close("span");
                }

                html.Close("td").Element("td", Kind(conflict.Kind)).Close("tr").Line();
            }

            html.Close("tbody").Close("table").Line();
        }

        if (facts.Agreements.Count > 0)
        {
            html.Element("h3", "Different wordings that agree").Open("ul", ("class", "agreements")).Line();
            foreach (var agreement in facts.Agreements)
            {
                html.Open("li").Element("strong", agreement.Claim).Text(": ");
                Values(agreement.Values, " and ");
                html.Close("li").Line();
            }

            html.Close("ul").Line();
        }

        html.Close("section").Line();
    }

    /// <summary>"40 (Courier) and at least 50 (Ledger)": each value with the outlets stating it, linked to the words.</summary>
    private void Values(IReadOnlyList<ValueDto> values, string separator)
    {
        for (var v = 0; v < values.Count; v++)
        {
            if (v > 0)
            {
                html.Text(separator);
            }

            html.Element("strong", values[v].Value).Text(" (");
            SpanLinks(values[v].Sources);
            html.Text(")");
        }
    }

    /// <summary>The outlets of <paramref name="spans"/>, one link per independent source, to the stated words in its article.</summary>
    private void SpanLinks(IEnumerable<SpanDto> spans)
    {
        var first = true;
        foreach (var span in spans.Where(s => byLabel.ContainsKey(s.Source)).GroupBy(s => byLabel[s.Source].IndependentSource).Select(g => g.First()))
        {
            if (!first)
            {
                html.Text(", ");
            }

            first = false;
            html.Element("a", byLabel[span.Source].Outlet.Name, ("href", Link(span.ArticleId, span.Start)), ("title", $"{span.Source}: “{span.Text}”"));
        }
    }

    private void Quotes()
    {
        var quotes = brief.Facts?.Quotes ?? [];
        if (quotes.Count == 0)
        {
            return;
        }

        Section("quotes", "Quotes");
        html.Open("ul", ("class", "quotes")).Line();
        foreach (var quote in quotes)
        {
            html.Open("li").Open("figure").Open("blockquote").Element("p", quote.Text).Close("blockquote").Open("figcaption")
                .Element("span", quote.Speaker ?? "Unattributed", ("class", "speaker"));
            if (quote.Role is { } role)
            {
                html.Text(", ").Text(role);
            }

            html.Open("span", ("class", "carried")).Text(" · carried by ");
            var mentions = quote.Mentions.Select(m => new SpanDto(m.Source, m.ArticleId, m.Spans.Count > 0 ? m.Spans[0].Start : 0, m.Spans.Count > 0 ? m.Spans[0].End : 0, m.Text));
            SpanLinks(mentions);
            var carriers = quote.Mentions.Select(m => byLabel.GetValueOrDefault(m.Source)?.IndependentSource).Distinct().Count();
            html.Text(carriers > 1 && quote.WordingDifferences.Count == 0 ? ", word for word" : "").Close("span");
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

                html.Open("span", ("class", "wording")).Text($" · {string.Join(", ", difference.Sources)} wording: {(parts.Count == 0 ? "quotes part of it" : string.Join("; ", parts))}").Close("span");
            }

            html.Close("figcaption").Close("figure").Close("li").Line();
        }

        html.Close("ul").Line().Close("section").Line();
    }

    private void Quantities()
    {
        var quantities = brief.Facts?.Quantities ?? [];
        if (quantities.Count == 0)
        {
            return;
        }

        var groups = quantities.GroupBy(q => (q.Phrase.ToLowerInvariant(), q.Counted.ToLowerInvariant()))
            .Select((g, order) => (Items: g.ToList(), Order: order, Sources: g.Select(q => byLabel.GetValueOrDefault(q.Span.Source)?.IndependentSource).Distinct().Count()))
            .OrderByDescending(g => g.Sources).ThenBy(g => g.Order).ToList();
        Section("numbers", "Numbers");
        html.Open("table", ("class", "numbers")).Line()
            .Element("caption", "Numbers in the reports, the most widely reported first, with the outlets that state each").Line()
            .Open("thead").Open("tr").Element("th", "Number", ("scope", "col")).Element("th", "Of what", ("scope", "col"))
            .Element("th", "Reported by", ("scope", "col")).Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var group in groups.Take(options.MaxQuantities))
        {
            var q = group.Items[0];
            html.Open("tr").Element("th", q.Phrase, ("scope", "row")).Element("td", q.Counted).Open("td");
            SpanLinks(group.Items.Select(i => i.Span));
            html.Close("td").Close("tr").Line();
        }

        html.Close("tbody").Close("table").Line();
        if (groups.Count > options.MaxQuantities)
        {
            html.Element("p", $"… and {groups.Count - options.MaxQuantities} more numbers stated by one source (all are in the JSON).", ("class", "more")).Line();
        }

        html.Close("section").Line();
    }

    private void Timeline()
    {
        var timeline = brief.Facts?.Timeline ?? [];
        if (timeline.Count == 0)
        {
            return;
        }

        Section("timeline", "Timeline");
        html.Open("ol", ("class", "timeline")).Line();
        foreach (var entry in timeline)
        {
            html.Open("li").Element("time", When(entry), ("datetime", Machine(entry))).Element("p", entry.Event, ("class", "event")).Open("p", ("class", "by"));
            SpanLinks(entry.Mentions.Select(m => new SpanDto(m.Source, m.ArticleId, m.Start, m.End, m.Phrase)));
            var phrases = entry.Mentions.Select(m => m.Reference is { } r ? $"“{m.Phrase}”, counted from {r}" : $"“{m.Phrase}”").Distinct().ToList();
            html.Text(" · ").Text(string.Join("; ", phrases)).Close("p").Close("li").Line();
        }

        html.Close("ol").Line().Close("section").Line();
    }

    private void Entities()
    {
        var entities = brief.Facts?.Entities ?? [];
        if (entities.Count == 0)
        {
            return;
        }

        Section("entities", "People, places and organisations");
        foreach (var (type, title) in new[] { ("person", "People"), ("place", "Places"), ("organisation", "Organisations") })
        {
            var ofType = entities.Where(e => e.Type == type).ToList();
            if (ofType.Count == 0)
            {
                continue;
            }

            html.Element("h3", title).Open("ul", ("class", "entities")).Line();
            foreach (var entity in ofType.Take(options.MaxEntitiesPerType))
            {
                var sources = entity.Mentions.Select(m => byLabel.GetValueOrDefault(m.Source)?.IndependentSource).Distinct().Count();
                html.Open("li").Element("strong", entity.Name);
                var others = entity.Variants.Where(v => v != entity.Name).ToList();
                if (others.Count > 0)
                {
                    html.Element("span", $" also written {string.Join(", ", others)}", ("class", "variants"));
                }

                html.Element("span", $" · named by {Plural(sources, "source")}", ("class", "by")).Close("li").Line();
            }

            html.Close("ul").Line();
            if (ofType.Count > options.MaxEntitiesPerType)
            {
                html.Element("p", $"… and {ofType.Count - options.MaxEntitiesPerType} more.", ("class", "more")).Line();
            }
        }

        html.Close("section").Line();
    }

    private void Section(string id, string title) =>
        html.Open("section", ("class", id), ("aria-labelledby", id + "-title")).Line().Element("h2", title, ("id", id + "-title")).Line();

    private static string Kind(string kind) => kind switch
    {
        "quantity" => "number",
        "date" => "date",
        "speaker" => "who said it",
        _ => kind,
    };

    private static string When(TimelineDto entry)
    {
        var from = DateOnly.ParseExact(entry.From, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact(entry.To, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return entry.Precision switch
        {
            "year" => from.Year.ToString(CultureInfo.InvariantCulture),
            "month" => from.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            _ when from == to => from.ToString("ddd d MMMM yyyy", CultureInfo.InvariantCulture),
            _ => $"{from.ToString("d MMMM", CultureInfo.InvariantCulture)} to {to.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
        };
    }

    /// <summary>The value of a <c>time</c> element's <c>datetime</c>: a year, a month, or the first day.</summary>
    private static string Machine(TimelineDto entry) => entry.Precision switch
    {
        "year" => entry.From[..4],
        "month" => entry.From[..7],
        _ => entry.From,
    };
}
