using System.CommandLine;
using Chorus.Core.Ingest;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus brief PATH…</c>: one attributed story brief from a set of articles.</summary>
internal static class BriefCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Article files, or folders of them." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json");
        var output = new Option<FileInfo?>("--out") { Description = "Write the brief to this file instead of standard output." };
        var words = new Option<int>("--words") { Description = "Longest summary, in words.", DefaultValueFactory = _ => BriefOptions.DefaultWords };
        words.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--words must be at least 1.");
            }
        });
        var showRemoved = new Option<bool>("--show-removed") { Description = "List the boilerplate lines removed from each article." };

        var command = new Command("brief", "Write the story brief of a set of articles: attributed summary, sources, coverage.")
        {
            paths, format, output, words, showRemoved,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths)!,
            parse.GetValue(format)!,
            parse.GetValue(output),
            parse.GetValue(words),
            parse.GetValue(showRemoved)));
        return command;
    }

    private static int Run(string[] paths, string format, FileInfo? output, int words, bool showRemoved)
    {
        var inputs = InputPaths.Expand(paths);
        if (inputs.MissingPaths.Count > 0)
        {
            foreach (var missing in inputs.MissingPaths)
            {
                Terminal.Error($"{missing}: no such file or folder");
            }

            return ExitCodes.BadArguments;
        }

        var (documents, problems) = FileReader.ReadAll(inputs.Files);
        var run = BriefPipeline.Run(documents, new BriefOptions { Words = words });
        var allProblems = problems.Concat(run.Problems).ToList();
        foreach (var problem in allProblems)
        {
            Terminal.Warning(problem.ToString());
        }

        if (run.Brief is null)
        {
            Terminal.Error($"nothing usable: none of the {inputs.Files.Count} input files held article text");
            return ExitCodes.NothingUsable;
        }

        var rendered = format == "json"
            ? BriefJson.Render(run.Brief, allProblems)
            : BriefMarkdown.Render(run.Brief, allProblems, new MarkdownOptions { ShowRemoved = showRemoved });
        return Terminal.WriteResult(rendered, output);
    }
}
