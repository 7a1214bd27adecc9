using System.CommandLine;
using Chorus.Core.Briefs;
using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;

namespace Chorus.Cli.Commands;

/// <summary>How a brief is written (<c>--format md|json|html</c>, <c>--out</c>, <c>--words</c>, <c>--show-removed</c>): the same for <c>chorus brief</c> and <c>chorus show</c>.</summary>
internal sealed class BriefOutput
{
    public FormatOption<BriefFormat> Format { get; } = new(("md", BriefFormat.Markdown), ("json", BriefFormat.Json), ("html", BriefFormat.Html));

    public Option<FileInfo?> Out { get; } = CliOptions.Out();

    public Option<int> Words { get; } = CliOptions.Words();

    public Option<bool> ShowRemoved { get; } = new("--show-removed") { Description = "List the boilerplate lines removed from each article (Markdown; JSON always has them)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Format.Option);
        command.Options.Add(Out);
        command.Options.Add(Words);
        command.Options.Add(ShowRemoved);
    }

    public BriefTarget From(ParseResult parse) => new(Format.From(parse), parse.GetValue(Out), parse.GetValue(Words), parse.GetValue(ShowRemoved));
}

/// <summary>The brief the command line asked for: its length, form and destination.</summary>
internal sealed record BriefTarget(BriefFormat Format, FileInfo? File, int Words, bool ShowRemoved)
{
    public BriefOptions Options => new() { Words = Words };

    public int Write(Brief brief, IReadOnlyList<InputProblem> problems) =>
        Terminal.WriteResult(BriefRenderer.Render(brief, problems, Format, new MarkdownOptions { ShowRemoved = ShowRemoved }), File);
}
