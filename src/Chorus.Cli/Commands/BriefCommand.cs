using System.CommandLine;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;

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
        var output = new BriefOutput();
        var sources = new IngestSources();

        var command = new Command("brief", "Write the story brief of a set of articles: attributed summary, sources, coverage.") { paths };
        output.AddTo(command);
        sources.AddTo(command);
        command.SetAction((parse, cancellation) => RunAsync(parse.GetValue(paths)!, output.From(parse), sources.OptionsFrom(parse), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, BriefTarget target, InputOptions inputOptions, CancellationToken cancellation)
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

        var run = BriefPipeline.Run(inputs.Documents, target.Options);
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

        return target.Write(run.Brief, allProblems);
    }
}
