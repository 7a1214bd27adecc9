using System.CommandLine;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus eval …</c>: measured comparisons on public data sets.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Measure Chorus against public data sets and published systems.");
        foreach (var sub in Subcommands())
        {
            eval.Subcommands.Add(sub);
        }

        return eval;
    }

    private static IEnumerable<Command> Subcommands()
    {
        yield return EvalRougeCommand.Create();
        yield return EvalSummarizeCommand.Create();
        yield return EvalFactsCommand.Create();
        yield return EvalExtractCommand.Create();
        yield return EvalClusterCommand.Create();
        yield return EvalAttributionCommand.Create();
        yield return EvalSupportCommand.Create();
    }
}
