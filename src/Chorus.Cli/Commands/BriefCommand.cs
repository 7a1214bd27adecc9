using System.CommandLine;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus brief PATH…</c>: one attributed story brief from a set of articles.</summary>
internal static class BriefCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders of articles." };
        var command = new Command("brief", "Write the story brief of a set of articles.") { paths };
        command.SetAction(_ => ExitCodes.Ok);
        return command;
    }
}
