using System.Globalization;
using System.Text;
using Chorus.Core.Briefs;
using Chorus.Core.Documents;

namespace Chorus.Core.Rendering;

/// <summary>What the Markdown brief shows beyond the essentials.</summary>
public sealed record MarkdownOptions
{
    public bool ShowRemoved { get; init; }

    /// <summary>How many source-only sentences to list per source before summarising the rest as a count.</summary>
    public int MaxOnlyHere { get; init; } = 5;
}

/// <summary>Renders a brief as readable Markdown: headline, attributed summary, sources, coverage.</summary>
public static class BriefMarkdown
{
    public static string Render(Brief brief, IReadOnlyList<InputProblem> problems, MarkdownOptions? options = null)
    {
        options ??= new MarkdownOptions();
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(brief.Headline)).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"*{brief.Sources.Count} articles from {brief.IndependentSources} independent sources{DateRange(brief)}*").AppendLine();

        md.AppendLine("## Summary").AppendLine();
        var n = 0;
        foreach (var sentence in brief.Summary)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{++n}. {Escape(sentence.Sentence.Text)}");
            var cited = sentence.Attributions.Select(a => Citation(brief, a)).ToList();
            md.AppendLine(CultureInfo.InvariantCulture, $"   <sub>{sentence.IndependentSources} of {brief.IndependentSources} sources: {string.Join(" · ", cited)}</sub>");
        }

        md.AppendLine();
        FactsMarkdown.AppendConflicts(md, brief);
        FactsMarkdown.AppendFacts(md, brief);
        md.AppendLine("## Sources").AppendLine();
        md.AppendLine("| | Outlet | Title | Date | Input | Notes |").AppendLine("|---|---|---|---|---|---|");
        foreach (var source in brief.Sources)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {source.Label} | {Cell(source.Article.Outlet.Name)} | {Cell(source.Article.Title ?? "—")} | {DateCell(source.Article.Published)} | {Cell(Path.GetFileName(source.Article.Origin))} | {Cell(Notes(brief, source))} |");
        }

        md.AppendLine().AppendLine("## Coverage").AppendLine();
        foreach (var coverage in brief.Coverage)
        {
            var source = brief.Sources.First(s => s.Label == coverage.Label);
            md.AppendLine(CultureInfo.InvariantCulture, $"**Only in {coverage.Label} ({Escape(source.Article.Outlet.Name)})**: {Plural(coverage.OnlyHere.Count, "sentence")}").AppendLine();
            foreach (var only in coverage.OnlyHere.Take(options.MaxOnlyHere))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Escape(only.Text)}");
            }

            if (coverage.OnlyHere.Count > options.MaxOnlyHere)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- … and {coverage.OnlyHere.Count - options.MaxOnlyHere} more (see the JSON output)");
            }

            md.AppendLine();
        }

        FactsMarkdown.AppendOnlyIn(md, brief);
        if (options.ShowRemoved)
        {
            AppendRemoved(md, brief);
        }

        if (problems.Count > 0)
        {
            md.AppendLine("## Input problems").AppendLine();
            foreach (var problem in problems)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {problem.Severity.ToString().ToLowerInvariant()}: `{problem.Input}`: {Escape(problem.Message)}");
            }

            md.AppendLine();
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void AppendRemoved(StringBuilder md, Brief brief)
    {
        md.AppendLine("## Removed boilerplate").AppendLine();
        foreach (var source in brief.Sources)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"**{source.Label} ({Escape(Path.GetFileName(source.Article.Origin))})**: {Plural(source.Article.Removed.Count, "line")}").AppendLine();
            foreach (var removed in source.Article.Removed)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- line {removed.LineNumber}, {removed.Reason}: `{removed.Text.Replace("`", "'", StringComparison.Ordinal)}`");
            }

            md.AppendLine();
        }
    }

    private static string Citation(Brief brief, Summarization.Attribution attribution)
    {
        var source = brief.SourceOf(attribution.ArticleId);
        var where = $"sentence {attribution.SentenceIndex + 1}, chars {attribution.Span.Start}–{attribution.Span.End}";
        var similarity = attribution.Similarity >= 1 ? "" : string.Create(CultureInfo.InvariantCulture, $", match {attribution.Similarity:0.00}");
        return $"**{source.Label}** {Escape(source.Article.Outlet.Name)} ({where}{similarity})";
    }

    private static string Notes(Brief brief, BriefSource source)
    {
        var notes = new List<string>();
        if (source.CopyOf is not null && source.CopyMatch is { } match)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"copy of {brief.SourceOf(source.CopyOf).Label} ({match.Containment:P0} contained); not counted again"));
        }

        notes.Add($"outlet from {source.Article.Outlet.Evidence.Method}");
        if (source.Article.Dateline is { } dateline)
        {
            notes.Add($"dateline {dateline}");
        }

        notes.Add(Plural(source.Article.Removed.Count, "line") + " removed");
        return string.Join("; ", notes);
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string DateRange(Brief brief)
    {
        var dates = brief.Sources.Select(s => s.Article.Published?.Date).OfType<DateOnly>().Order().ToList();
        if (dates.Count == 0)
        {
            return "";
        }

        var first = dates[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var last = dates[^1].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return first == last ? $", dated {first}" : $", dated {first} to {last}";
    }

    private static string DateCell(ArticleDate? date) =>
        date is null ? "—" : $"{date.ToIsoString()} ({date.Evidence.Method})";

    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Keeps source text from being read as Markdown markup.</summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '*' or '`' or '[' or ']' or '<' or '>' or '#' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
