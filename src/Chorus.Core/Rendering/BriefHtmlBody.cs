using System.Globalization;

namespace Chorus.Core.Rendering;

/// <summary>
/// Writes one brief's body: the head, the attributed summary (here), the facts (<c>BriefHtmlBody.Facts.cs</c>), and
/// the sources (<c>BriefHtmlBody.Sources.cs</c>).
/// </summary>
internal sealed partial class BriefHtmlBody(BriefDto brief, IReadOnlyDictionary<string, string> texts, BriefHtmlOptions options)
{
    private readonly HtmlWriter html = new();
    private readonly Dictionary<string, SourceDto> byLabel = brief.Sources.ToDictionary(s => s.Label, StringComparer.Ordinal);
    private readonly Dictionary<string, SourceDto> byArticle = brief.Sources.GroupBy(s => s.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public string Write()
    {
        html.Open("article", ("class", "brief"), ("aria-labelledby", "brief-title")).Line();
        Head();
        Summary();
        Conflicts();
        Quotes();
        Claims();
        Quantities();
        Timeline();
        Entities();
        OnlyIn();
        Sources();
        Problems();
        html.Close("article").Line();
        return html.ToString();
    }

    private void Head()
    {
        html.Open("header", ("class", "brief-head")).Line()
            .Element("p", "Story brief", ("class", "kicker"))
            .Element("h1", brief.Headline, ("id", "brief-title")).Line()
            .Open("p", ("class", "standfirst"))
            .Text($"{Plural(brief.ArticleCount, "article")} from {Plural(brief.IndependentSources, "independent source")}");
        var dates = brief.Sources.Select(s => s.Published?.Date).OfType<string>().Select(d => d[..Math.Min(10, d.Length)]).Order(StringComparer.Ordinal).ToList();
        if (dates.Count > 0)
        {
            html.Text(", ");
            Date(dates[0]);
            if (dates[^1] != dates[0])
            {
                html.Text(" to ");
                Date(dates[^1]);
            }
        }

        html.Close("p").Line();
        html.Open("ul", ("class", "outlets"), ("aria-label", "Sources")).Line();
        foreach (var source in brief.Sources.Where(s => s.CopyOf is null))
        {
            html.Open("li").Open("a", ("href", Link(source.ArticleId, null)), ("class", "outlet"))
                .Element("span", source.Label, ("class", "tag")).Text(" ").Text(source.Outlet.Name).Close("a").Close("li");
        }

        html.Close("ul").Line().Close("header").Line();
    }

    private void Summary()
    {
        html.Open("section", ("class", "summary"), ("aria-labelledby", "summary-title")).Line()
            .Element("h2", "What the sources report", ("id", "summary-title")).Line()
            .Element("p", "Each sentence names every outlet that reports it. Open its sources to read their matching sentences in context.", ("class", "hint")).Line()
            .Open("ol", ("class", "claims")).Line();
        var n = 0;
        foreach (var sentence in brief.Summary)
        {
            n++;
            var id = $"c{n}";
            var outlets = IndependentOutlets(sentence.Attributions.Select(a => a.Source));
            html.Open("li", ("class", "claim"), ("id", id), ("tabindex", "-1"), ("data-nav", "item")).Line()
                .Element("p", sentence.Text, ("class", "claim-text")).Line()
                .Open("p", ("class", "claim-sources"))
                .Open("a", ("class", "cite"), ("href", $"#{id}-sources"), ("aria-controls", $"{id}-evidence"))
                .Open("span", ("class", "meter"), ("aria-hidden", "true"));
            for (var i = 0; i < brief.IndependentSources; i++)
            {
                html.Element("span", "", ("class", i < sentence.IndependentSources ? "dot on" : "dot"));
            }

            // The link's name is its text: "Reported by 3 of 4 sources: A, B, C". Everything but "Reported by" is
            // shown, and nothing inside is laid out as a block, so every browser reads the name the same way.
            html.Close("span").Element("span", "Reported by", ("class", "visually-hidden"))
                .Element("span", $"{sentence.IndependentSources} of {brief.IndependentSources} sources:", ("class", "count")).Text(" ");
            for (var o = 0; o < outlets.Count; o++)
            {
                html.Element("span", outlets[o], ("class", "chip")).Text(o < outlets.Count - 1 ? ", " : "");
            }

            html.Close("a").Close("p").Line();
            Disputes(sentence);
            Evidence(id, sentence);
            html.Close("li").Line();
        }

        html.Close("ol").Line().Close("section").Line();
    }

    /// <summary>"Disputed by S3 TRT World: nearly 1,000 (here: more than 1,000)", each outlet linked to its sentence.</summary>
    private void Disputes(SummaryDto sentence)
    {
        var disputes = sentence.Disputes.DistinctBy(d => byLabel.GetValueOrDefault(d.Source)?.IndependentSource ?? -1).ToList();
        if (disputes.Count == 0)
        {
            return;
        }

        html.Open("p", ("class", "claim-disputes")).Element("strong", "Disputed by").Text(" ");
        for (var i = 0; i < disputes.Count; i++)
        {
            var d = disputes[i];
            html.Element("span", d.Source, ("class", "tag")).Text(" ")
                .Element("a", d.Outlet, ("href", Link(d.ArticleId, d.Start)))
                .Text($": {d.SourceValue} (here: {d.Value})" + (i < disputes.Count - 1 ? " · " : ""));
        }

        html.Close("p").Line();
    }

    /// <summary>The matching sentence of every source, highlighted in its paragraph; closed until a reader opens it.</summary>
    private void Evidence(string id, SummaryDto sentence)
    {
        html.Open("details", ("class", "evidence"), ("id", $"{id}-evidence")).Line()
            .Element("summary", $"Their sentences in context ({sentence.Attributions.Count})").Line()
            .Open("ol", ("class", "matches"), ("id", $"{id}-sources")).Line();
        foreach (var a in sentence.Attributions)
        {
            var source = byLabel.GetValueOrDefault(a.Source);
            html.Open("li", ("class", "match")).Open("p", ("class", "who"))
                .Element("span", a.Source, ("class", "tag")).Text(" ")
                .Element("a", a.Outlet, ("href", Link(a.ArticleId, a.Start)))
                .Text($" · sentence {a.SentenceIndex + 1}");
            if (source?.CopyOf is { } original && byArticle.TryGetValue(original, out var copied))
            {
                html.Text($" · copy of {copied.Label}");
            }

            html.Text(a.Similarity >= 1 ? " · the wording shown above" : string.Create(CultureInfo.InvariantCulture, $" · match {a.Similarity:0.00}"))
                .Close("p").Line().Open("blockquote", ("class", "context")).Open("p");
            if (texts.TryGetValue(a.ArticleId, out var text) && a.End <= text.Length)
            {
                html.SpanInContext(text, a.Start, a.End, options.ContextChars);
            }
            else
            {
                html.Open("mark").Text(a.Text).Close("mark");
            }

            html.Close("p").Close("blockquote").Close("li").Line();
        }

        html.Close("ol").Line().Close("details").Line();
    }

    /// <summary>The outlet of each independent source among <paramref name="labels"/>, in source order, copies folded into their original.</summary>
    private List<string> IndependentOutlets(IEnumerable<string> labels) =>
        labels.Select(l => byLabel.GetValueOrDefault(l)).OfType<SourceDto>()
            .OrderBy(s => s.IndependentSource).ThenBy(s => s.CopyOf is null ? 0 : 1)
            .GroupBy(s => s.IndependentSource).Select(g => g.First().Outlet.Name)
            .Distinct(StringComparer.Ordinal).ToList();

    private string Link(string articleId, int? at) =>
        options.ArticleLink?.Invoke(articleId, at) ?? "#source-" + (byArticle.TryGetValue(articleId, out var s) ? s.Label : articleId);

    private void Date(string iso)
    {
        var shown = DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : iso;
        html.Element("time", shown, ("datetime", iso));
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
