using System.CommandLine;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary>The forms of a command's report other than a brief: text for people (tables, aligned lines) or JSON.</summary>
internal enum ReportFormat
{
    Table,
    Json,
}

/// <summary>
/// <c>--format table|json</c> and <c>--out FILE</c> of the commands that write a report, and for evaluations
/// <c>--json FILE</c>, the JSON report written beside the table.
/// </summary>
internal sealed class ReportOutput(bool withJsonFile = false)
{
    public FormatOption<ReportFormat> Format { get; } = new(("table", ReportFormat.Table), ("json", ReportFormat.Json));

    public Option<FileInfo?> Out { get; } = CliOptions.Out();

    public Option<FileInfo?>? JsonFile { get; } = withJsonFile ? CliOptions.AlsoJson() : null;

    public void AddTo(Command command)
    {
        command.Options.Add(Format.Option);
        command.Options.Add(Out);
        if (JsonFile is not null)
        {
            command.Options.Add(JsonFile);
        }
    }

    public ReportTarget From(ParseResult parse) => new(Format.From(parse), parse.GetValue(Out), JsonFile is null ? null : parse.GetValue(JsonFile));
}

/// <summary>Where a report goes, in which form, and where its JSON also goes.</summary>
internal sealed record ReportTarget(ReportFormat Format, FileInfo? File, FileInfo? JsonFile = null)
{
    /// <summary>
    /// Writes the JSON document, or the text <paramref name="drawText"/> draws (tables through the console, plain lines
    /// through the writer); then the JSON file, if one was named.
    /// </summary>
    /// <param name="width">Columns of the text when it goes to a file or pipe; null keeps the console's default (80).</param>
    public int Write(Func<string> json, Action<IAnsiConsole, TextWriter> drawText, int? width = null)
    {
        var document = new Lazy<string>(json);
        var status = Format == ReportFormat.Json ? Terminal.WriteResult(document.Value, File) : Terminal.WriteText(drawText, File, width);
        return status == ExitCodes.Ok && JsonFile is not null ? Terminal.WriteResult(document.Value, JsonFile) : status;
    }
}
