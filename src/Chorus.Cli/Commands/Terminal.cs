using System.Text;
using Chorus.Core.Documents;

namespace Chorus.Cli.Commands;

/// <summary>Writes results to standard output or a file, and messages to standard error.</summary>
internal static class Terminal
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Error(string message) => Console.Error.WriteLine("error: " + message);

    /// <summary>A problem that makes the command's input unusable (or a part of it, as a data set's bad line), as an error.</summary>
    public static void Error(InputProblem problem) => Error($"{problem.Input}: {problem.Message}");

    public static void Warning(string message) => Console.Error.WriteLine(message.StartsWith("warning:", StringComparison.Ordinal) ? message : "warning: " + message);

    /// <summary>Writes UTF-8 text to the file, or to standard output when no file is given.</summary>
    public static int WriteResult(string text, FileInfo? file)
    {
        if (file is null)
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(Utf8.GetBytes(text));
            return ExitCodes.Ok;
        }

        try
        {
            File.WriteAllText(file.FullName, text, Utf8);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error($"{file}: cannot write: {e.Message}");
            return ExitCodes.BadArguments;
        }
    }
}
