using System.CommandLine;

namespace Chorus.Cli.Commands;

/// <summary>Every top-level command of <c>chorus</c>, in the order the help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return BriefCommand.Create();
        yield return EvalCommand.Create();
    }
}
