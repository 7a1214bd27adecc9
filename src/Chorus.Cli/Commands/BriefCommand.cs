using System.CommandLine;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus brief PATH…</c>: one attributed story brief from a set of articles.</summary>
internal static class BriefCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("inputs")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Article files or folders of them (text, HTML, RSS/Atom, WARC, JSONL, URL lists; gzipped or not), or http(s) URLs.",
        };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json", "html");
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
        var sources = new IngestSources();

        var command = new Command("brief", "Write the story brief of a set of articles: attributed summary, sources, coverage.")
        {
            paths, format, output, words, showRemoved,
        };
        sources.AddTo(command);
        command.SetAction((parse, cancellation) => RunAsync(
            parse.GetValue(paths)!,
            parse.GetValue(format)!,
            parse.GetValue(output),
            parse.GetValue(words),
            parse.GetValue(showRemoved),
            sources.OptionsFrom(parse),
            cancellation));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string format, FileInfo? output, int words, bool showRemoved, InputOptions inputOptions, CancellationToken cancellation)
    {
        var inputs = await IngestSources.LoadAsync(paths, inputOptions, cancellation);
        if (inputs.MissingPaths.Count > 0)
        {
            foreach (var missing in inputs.MissingPaths)
            {
                Terminal.Error($"{missing}: no such file or folder");
            }

            return ExitCodes.BadArguments;
        }

        var run = BriefPipeline.Run(inputs.Documents, new BriefOptions { Words = words });
        var allProblems = inputs.Problems.Concat(run.Problems).ToList();
        foreach (var problem in allProblems)
        {
            Terminal.Warning(problem.ToString());
        }

        if (run.Brief is null)
        {
            Terminal.Error($"nothing usable: none of the {paths.Length} input(s) held article text");
            return ExitCodes.NothingUsable;
        }

        var rendered = format switch
        {
            "json" => BriefJson.Render(run.Brief, allProblems),
            "html" => BriefHtml.Render(run.Brief, allProblems),
            _ => BriefMarkdown.Render(run.Brief, allProblems, new MarkdownOptions { ShowRemoved = showRemoved }),
        };
        return Terminal.WriteResult(rendered, output);
    }
}
