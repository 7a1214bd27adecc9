using System.CommandLine;

namespace Chorus.Cli.Commands;

/// <summary>Every top-level command of <c>chorus</c>, in the order the help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return BriefCommand.Create();
        yield return EvalCommand.Create();
        yield return IngestCommand.Create();
        yield return EnqueueCommand.Create();
        yield return NodeCommand.Create();
        yield return StoriesCommand.Create();
        yield return ShowCommand.Create();
        yield return SearchCommand.Create();
        yield return ServeCommand.Create();
        yield return FeedsCommand.Create();
        yield return FeedsPollCommand.Watch();
    }
}
