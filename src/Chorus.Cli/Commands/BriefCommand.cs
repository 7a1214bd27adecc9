using System.CommandLine;
using Chorus.Core.Inputs;
using Chorus.Core.Metadata;
using Chorus.Core.Pipeline;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus brief PATH…</c>: one attributed brief per story found in a set of articles, largest first.</summary>
internal static class BriefCommand
{
    public static Command Create()
    {
        var paths = UsageErrors.RefuseUnknownOptions(new Argument<string[]>("inputs")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Article files or folders of them (text, HTML, RSS/Atom, WARC, JSONL, URL lists; gzipped or not), or http(s) URLs.",
        });
        var story = CommandLineNumbers.AtLeastOne(new Option<int?>("--story") { HelpName = "N", Description = "Write only the brief of the Nth story (1 = the largest)." });
        var outlet = new Option<string?>("--outlet") { HelpName = "NAME", Description = "The outlet of every input no --outlets line names." };
        var outlets = new Option<FileInfo?>("--outlets") { HelpName = "FILE", Description = "Outlets of inputs, one pattern=Outlet a line (pattern: part of a path, file name, URL or host; * for any text)." };
        var output = new BriefOutput();
        var sources = new IngestSources();

        var command = new Command("brief", "Write the brief of each story in a set of articles: attributed summary, facts, sources, coverage.") { paths, story, outlet, outlets };
        output.AddTo(command);
        sources.AddTo(command);
        command.SetAction((parse, cancellation) => RunAsync(
            new BriefRequest(parse.GetValue(paths)!, parse.GetValue(story), parse.GetValue(outlet), parse.GetValue(outlets)),
            output.From(parse),
            sources.OptionsFrom(parse),
            cancellation));
        return command;
    }

    private static async Task<int> RunAsync(BriefRequest request, BriefTarget target, InputOptions inputOptions, CancellationToken cancellation)
    {
        var mapping = ReadMapping(request);
        if (mapping is null)
        {
            return ExitCodes.BadArguments;
        }

        var inputs = await IngestSources.LoadAsync(request.Paths, inputOptions, cancellation);
        if (inputs.MissingPaths.Count > 0)
        {
            foreach (var missing in inputs.MissingPaths)
            {
                Terminal.Error($"{missing}: no such file or folder");
            }

            return ExitCodes.BadArguments;
        }

        var run = StoryBriefPipeline.Run(mapping.Apply(inputs.Documents), target.Options);
        var allProblems = inputs.Problems.Concat(run.Problems).ToList();
        foreach (var problem in allProblems)
        {
            Terminal.Warning(problem.ToString());
        }

        if (run.Briefs.Count == 0)
        {
            Terminal.Error($"nothing usable: none of the {request.Paths.Count} input(s) held article text");
            return ExitCodes.NothingUsable;
        }

        if (request.Story is not { } n)
        {
            return target.Write(run.Briefs, allProblems);
        }

        if (n > run.Briefs.Count)
        {
            Terminal.Error($"--story {n}: the inputs hold {(run.Briefs.Count == 1 ? "1 story" : $"{run.Briefs.Count} stories")}");
            return ExitCodes.BadArguments;
        }

        return target.Write([run.Briefs[n - 1]], allProblems);
    }

    /// <summary>The outlets the user named; null (after saying why) when the mapping file is missing or malformed.</summary>
    private static OutletMapping? ReadMapping(BriefRequest request)
    {
        if (request.OutletsFile is not { } file)
        {
            return OutletMapping.Parse("--outlet", "", request.Outlet).Value;
        }

        if (!file.Exists)
        {
            Terminal.Error($"--outlets {file}: no such file");
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"--outlets {file}: cannot read: {e.Message}");
            return null;
        }

        var parsed = OutletMapping.Parse(file.ToString(), text, request.Outlet);
        if (parsed.Problem is { } problem)
        {
            Terminal.Error($"--outlets {problem.Input}: {problem.Message}");
            return null;
        }

        return parsed.Value;
    }

    private sealed record BriefRequest(IReadOnlyList<string> Paths, int? Story, string? Outlet, FileInfo? OutletsFile);
}
