using System.Globalization;
using Chorus.Evaluation;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary>The table of <c>chorus eval summarize</c>: one row per system, F1 with its 95% interval per ROUGE variant.</summary>
internal static class EvalTable
{
    public static string WithInterval(RougeAggregate a) =>
        string.Create(CultureInfo.InvariantCulture, $"{a.Fmeasure:0.0000} [{a.FmeasureLow:0.0000}, {a.FmeasureHigh:0.0000}]");

    public static Table Build(IEnumerable<SystemEvaluation> systems)
    {
        var table = new Table().Border(TableBorder.Markdown).Caption("F1 [[95% bootstrap CI over clusters]]");
        table.AddColumn("system");
        foreach (var name in RougeScores.Names)
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }

        table.AddColumn(new TableColumn("clusters/s").RightAligned());
        foreach (var system in systems)
        {
            var cells = new List<string> { Markup.Escape(system.Name) };
            cells.AddRange(RougeScores.Names.Select(n => Markup.Escape(WithInterval(system.Aggregates[n]))));
            cells.Add(system.IsPublished ? "—" : system.ClustersPerSecond.ToString("0.0", CultureInfo.InvariantCulture));
            table.AddRow(cells.ToArray());
        }

        return table;
    }

    /// <summary>The reference minus each other system: paired bootstrap interval of the mean F1 difference, and the unpaired criterion.</summary>
    public static Table BuildComparison(string reference, IEnumerable<PairedComparison> comparisons)
    {
        var table = new Table().Border(TableBorder.Markdown)
            .Caption($"{Markup.Escape(reference)} − system, mean F1 difference [[95% paired bootstrap CI]]; > hw: beyond the wider half-width");
        table.AddColumn("versus");
        table.AddColumn(new TableColumn("Δ rouge1").RightAligned());
        table.AddColumn(new TableColumn("> hw").Centered());
        table.AddColumn(new TableColumn("Δ rouge2").RightAligned());
        table.AddColumn(new TableColumn("> hw").Centered());
        foreach (var c in comparisons)
        {
            table.AddRow(
                Markup.Escape(c.Other),
                Markup.Escape(Delta(c.Rouge1Delta)),
                c.Rouge1BeyondHalfWidth ? "yes" : "no",
                Markup.Escape(Delta(c.Rouge2Delta)),
                c.Rouge2BeyondHalfWidth ? "yes" : "no");
        }

        return table;
    }

    private static string Delta(MeanInterval d) => $"{Signed(d.Mean)} [{Signed(d.Low)}, {Signed(d.High)}]";

    /// <summary>A difference to four places with its sign; one that rounds to zero shows as +0.0000.</summary>
    private static string Signed(double value)
    {
        var rounded = Math.Round(value, 4);
        return (rounded < 0 ? "-" : "+") + Math.Abs(rounded).ToString("0.0000", CultureInfo.InvariantCulture);
    }
}
