using System.CommandLine;
using Chorus.Core.Briefs;
using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;

namespace Chorus.Cli.Commands;

/// <summary>How a brief is written (<c>--format md|json|html</c>, <c>--out</c>, <c>--words</c>, <c>--show-removed</c>, <c>--verbose</c>): the same for <c>chorus brief</c> and <c>chorus show</c>.</summary>
internal sealed class BriefOutput
{
    public FormatOption<BriefFormat> Format { get; } = new(("md", BriefFormat.Markdown), ("json", BriefFormat.Json), ("html", BriefFormat.Html));

    public Option<FileInfo?> Out { get; } = CliOptions.Out();

    public Option<int> Words { get; } = CliOptions.Words();

    public Option<bool> ShowRemoved { get; } = new("--show-removed") { Description = "List the boilerplate lines removed from each article (Markdown; JSON always has them)." };

    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Show where each credit and figure was found: sentence, character span, match score (Markdown; JSON always has them)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Format.Option);
        command.Options.Add(Out);
        command.Options.Add(Words);
        command.Options.Add(ShowRemoved);
        command.Options.Add(Verbose);
    }

    public BriefTarget From(ParseResult parse) =>
        new(Format.From(parse), parse.GetValue(Out), parse.GetValue(Words), new MarkdownOptions { ShowRemoved = parse.GetValue(ShowRemoved), Verbose = parse.GetValue(Verbose) });
}

/// <summary>The brief the command line asked for: its length, form and destination.</summary>
internal sealed record BriefTarget(BriefFormat Format, FileInfo? File, int Words, MarkdownOptions Markdown)
{
    public BriefOptions Options => new() { Words = Words };

    /// <summary>The briefs of every story written (one story: its brief), largest first.</summary>
    public int Write(IReadOnlyList<Brief> briefs, IReadOnlyList<InputProblem> problems) =>
        Terminal.WriteResult(BriefRenderer.Render(briefs, problems, Format, Markdown), File);
}
