using Chorus.Core.Documents;

namespace Chorus.Cli.Commands;

/// <summary>
/// The unreadable lines of an evaluation's data file: a few named as warnings when the rest can be scored, or one
/// error with the first bad line when none can (the wrong file was given; a line each would bury the reason).
/// </summary>
internal static class DataFileProblems
{
    /// <summary>Bad lines named one by one; enough to see a pattern without flooding the terminal.</summary>
    private const int NamedLines = 3;

    /// <summary>Reports the problems; returns the exit code when nothing in the file is usable, null when the command goes on.</summary>
    /// <param name="usable">Records read from the file.</param>
    /// <param name="what">What a line should be, after "not" ("a summarization data set").</param>
    public static int? Report(FileInfo file, IReadOnlyList<InputProblem> problems, int usable, string what)
    {
        if (usable == 0 && problems.Count > 0)
        {
            var first = problems[0];
            var lines = problems.Count == 1 ? "its only line cannot be read" : $"none of its {problems.Count} lines can be read";
            Terminal.Error($"{file}: not {what} ({lines}); first bad line: {first.Input}: {first.Message}");
            return ExitCodes.BadArguments;
        }

        foreach (var problem in problems.Take(NamedLines))
        {
            Terminal.Warning($"{problem.Input}: {problem.Message}; skipped");
        }

        if (problems.Count > NamedLines)
        {
            Terminal.Warning($"{file}: {problems.Count - NamedLines} more bad lines skipped");
        }

        return null;
    }
}
