using System.Globalization;

namespace Chorus.Core.Rendering;

/// <summary>The sources part of the HTML brief: what each source alone reports, the sources with their copies, input problems.</summary>
internal sealed partial class BriefHtmlBody
{
    private void OnlyIn()
    {
        var coverage = brief.Coverage.Where(c => c.OnlyHere.Count > 0).ToList();
        var onlyFacts = (brief.Facts?.OnlyIn ?? []).ToDictionary(o => o.Source, StringComparer.Ordinal);
        if (coverage.Count == 0 && onlyFacts.Count == 0)
        {
            return;
        }

        Section("only-in", "What only one source reports");
        foreach (var source in brief.Sources.Where(s => s.CopyOf is null))
        {
            var sentences = coverage.FirstOrDefault(c => c.Source == source.Label)?.OnlyHere ?? [];
            var facts = onlyFacts.GetValueOrDefault(source.Label);
            if (sentences.Count == 0 && (facts is null || facts.Quantities.Count + facts.Quotes.Count == 0))
            {
                continue;
            }

            html.Open("h3").Element("span", source.Label, ("class", "tag")).Text(" ").Text(source.Outlet.Name).Close("h3").Line()
                .Open("ul", ("class", "only")).Line();
            foreach (var only in sentences)
            {
                html.Open("li").Element("a", only.Text, ("href", Link(source.ArticleId, only.Start))).Close("li").Line();
            }

            foreach (var quote in facts?.Quotes ?? [])
            {
                html.Open("li", ("class", "only-quote")).Text($"Quote: “{quote}”").Close("li").Line();
            }

            if (facts is { Quantities.Count: > 0 })
            {
                html.Open("li", ("class", "only-numbers")).Text("Numbers no other source states: ")
                    .Text(string.Join(", ", facts.Quantities.Select(q => q.Text).Distinct(StringComparer.OrdinalIgnoreCase))).Close("li").Line();
            }

            html.Close("ul").Line();
        }

        html.Close("section").Line();
    }

    private void Sources()
    {
        Section("sources", "Sources");
        html.Open("table", ("class", "source-table")).Line()
            .Element("caption", "The articles of this story; a copy (a syndicated or reprinted article) counts as one source with its original").Line()
            .Open("thead").Open("tr").Element("th", "Source", ("scope", "col")).Element("th", "Outlet", ("scope", "col")).Element("th", "Title", ("scope", "col"))
            .Element("th", "Published", ("scope", "col")).Element("th", "Notes", ("scope", "col")).Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var source in brief.Sources)
        {
            html.Open("tr", ("id", "source-" + source.Label)).Element("th", source.Label, ("scope", "row")).Open("td")
                .Element("a", source.Outlet.Name, ("href", options.ArticleLink?.Invoke(source.ArticleId, null) ?? SafeUrl(source.Url) ?? "#source-" + source.Label))
                .Close("td").Element("td", source.Title ?? "—").Open("td");
            if (source.Published is { } published)
            {
                var day = published.Date[..Math.Min(10, published.Date.Length)];
                Date(day);
            }
            else
            {
                html.Text("undated");
            }

            html.Close("td").Open("td");
            var notes = new List<string>();
            if (source.CopyOf is { } original && byArticle.TryGetValue(original, out var copied))
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"copy of {copied.Label} ({source.Containment ?? 0:P0} of it contained); not counted again"));
            }

            notes.Add($"outlet from {source.Outlet.FoundBy}");
            notes.Add($"{Plural(source.RemovedLines, "line")} of boilerplate removed");
            html.Text(string.Join("; ", notes));
            if (SafeUrl(source.Url) is { } url)
            {
                html.Text(" · ").Element("a", "original page", ("href", url), ("rel", "noopener noreferrer nofollow"));
            }

            html.Close("td").Close("tr").Line();
        }

        html.Close("tbody").Close("table").Line().Close("section").Line();
    }

    private void Problems()
    {
        if (brief.Problems.Count == 0)
        {
            return;
        }

        Section("problems", "Input problems");
        html.Open("ul").Line();
        foreach (var problem in brief.Problems)
        {
            html.Open("li").Element("strong", problem.Severity).Text(": ").Element("code", problem.Input).Text(": ").Text(problem.Message).Close("li").Line();
        }

        html.Close("ul").Line().Close("section").Line();
    }

    /// <summary>A source's address, only when it is http or https: a scraped <c>javascript:</c> or <c>data:</c> address is never a link.</summary>
    internal static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
}
