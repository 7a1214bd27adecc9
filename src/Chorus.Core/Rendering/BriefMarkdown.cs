using System.Globalization;
using System.Text;
using Chorus.Core.Briefs;
using Chorus.Core.Documents;

namespace Chorus.Core.Rendering;

/// <summary>What the Markdown brief shows beyond the essentials.</summary>
public sealed record MarkdownOptions
{
    public bool ShowRemoved { get; init; }

    /// <summary>Also show where each credit and figure was found (sentence, character span, match score): the JSON always has them.</summary>
    public bool Verbose { get; init; }

    /// <summary>How many source-only sentences to list per source before summarising the rest as a count.</summary>
    public int MaxOnlyHere { get; init; } = 5;
}

/// <summary>Renders a brief as readable Markdown: headline, attributed summary, sources, coverage.</summary>
public static class BriefMarkdown
{
    public static string Render(Brief brief, IReadOnlyList<InputProblem> problems, MarkdownOptions? options = null) =>
        Render(brief, problems, options ?? new MarkdownOptions(), story: null);

    /// <summary>
    /// The briefs of several stories, largest first, under a line saying how many there are; the problems of the run
    /// once, at the end. One story is written exactly as <see cref="Render(Brief, IReadOnlyList{InputProblem}, MarkdownOptions?)"/> writes it.
    /// </summary>
    public static string RenderStories(IReadOnlyList<Brief> briefs, IReadOnlyList<InputProblem> problems, MarkdownOptions? options = null)
    {
        options ??= new MarkdownOptions();
        if (briefs.Count == 1)
        {
            return Render(briefs[0], problems, options, story: null);
        }

        var md = new StringBuilder();
        var articles = briefs.Sum(b => b.Sources.Count);
        md.AppendLine(CultureInfo.InvariantCulture, $"*{Plurals.Count(briefs.Count, "story")} found in {Plurals.Count(articles, "article")}, largest first (`--story N` writes one of them)*").AppendLine();
        for (var i = 0; i < briefs.Count; i++)
        {
            md.AppendLine("---").AppendLine();
            md.Append(Render(briefs[i], [], options, story: (i + 1, briefs.Count))).AppendLine();
        }

        AppendProblems(md, problems);
        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static string Render(Brief brief, IReadOnlyList<InputProblem> problems, MarkdownOptions options, (int Number, int Of)? story)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(brief.Headline)).AppendLine();
        var which = story is { } s ? string.Create(CultureInfo.InvariantCulture, $"Story {s.Number} of {s.Of}: ") : "";
        md.AppendLine(CultureInfo.InvariantCulture, $"*{which}{Plurals.Count(brief.Sources.Count, "article")} from {Plurals.Count(brief.IndependentSources, "independent source")}{DateRange(brief)}*").AppendLine();

        if (brief.Summary.Count > 0)
        {
            md.AppendLine("## Summary").AppendLine();
            if (brief.Summary.Any(s => s.OverBudget))
            {
                md.AppendLine("*Longer than the word budget asked for: no sentence that stands on its own is that short.*").AppendLine();
            }

            var n = 0;
            foreach (var sentence in brief.Summary)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"{++n}. {Escape(sentence.Sentence.Text)}");
                md.Append("   ").AppendLine(SummaryCredits.Line(brief, sentence, options.Verbose));
                if (SummaryCredits.DisputeLine(brief, sentence) is { } disputes)
                {
                    md.Append("   ").AppendLine(disputes);
                }
            }

            md.AppendLine();
        }

        FactsMarkdown.AppendConflicts(md, brief, options.Verbose);
        FactsMarkdown.AppendFacts(md, brief, options.Verbose);
        md.AppendLine("## Sources").AppendLine();
        md.AppendLine("| | Outlet | Title | Date | Input | Notes |").AppendLine("|---|---|---|---|---|---|");
        foreach (var source in brief.Sources)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {source.Label} | {Cell(source.Article.Outlet.Name)} | {Cell(source.Article.Title ?? "—")} | {DateCell(source.Article.Published)} | {Cell(Path.GetFileName(source.Article.Origin))} | {Cell(Notes(brief, source))} |");
        }

        md.AppendLine();
        CoverageMarkdown.Append(md, brief, options.MaxOnlyHere);
        FactsMarkdown.AppendOnlyIn(md, brief);
        if (options.ShowRemoved)
        {
            AppendRemoved(md, brief);
        }

        AppendProblems(md, problems);
        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void AppendProblems(StringBuilder md, IReadOnlyList<InputProblem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        md.AppendLine("## Input problems").AppendLine();
        foreach (var problem in problems)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {problem.Severity.ToString().ToLowerInvariant()}: `{CodeSpan(problem.Input)}`: {Escape(problem.Message)}");
        }

        md.AppendLine();
    }

    private static void AppendRemoved(StringBuilder md, Brief brief)
    {
        md.AppendLine("## Removed boilerplate").AppendLine();
        foreach (var source in brief.Sources)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"**{source.Label} ({Escape(Path.GetFileName(source.Article.Origin))})**: {Plurals.Count(source.Article.Removed.Count, "line")}").AppendLine();
            foreach (var removed in source.Article.Removed)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- line {removed.LineNumber}, {removed.Reason}: `{CodeSpan(removed.Text)}`");
            }

            md.AppendLine();
        }
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

        notes.Add(Plurals.Count(source.Article.Removed.Count, "line") + " removed");
        return string.Join("; ", notes);
    }

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

    /// <summary>
    /// Keeps source text (and file names, which may hold any character but '/') from being read as Markdown markup:
    /// a line break or other control character becomes a space, so it cannot end a list item or table row and start a
    /// heading or a fake line of its own.
    /// </summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '*' or '`' or '[' or ']' or '<' or '>' or '#' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(BreaksLine(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>Text inside a `code span`: a backquote would end it, so it becomes a quote; control characters become spaces.</summary>
    private static string CodeSpan(string text) =>
        string.Concat(text.Select(c => c == '`' ? '\'' : BreaksLine(c) ? ' ' : c));

    private static bool BreaksLine(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
