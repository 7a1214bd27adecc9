using System.Text;
using Chorus.Core.Documents;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary>Writes results to standard output or a file, and messages to standard error.</summary>
internal static class Terminal
{
    /// <summary>Columns Spectre.Console assumes when output is not a terminal.</summary>
    private const int DefaultWidth = 80;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Error(string message) => Console.Error.WriteLine("error: " + OneLine(message));

    /// <summary>A problem that makes the command's input unusable (or a part of it, as a data set's bad line), as an error.</summary>
    public static void Error(InputProblem problem) => Error($"{problem.Input}: {problem.Message}");

    public static void Warning(string message) => Console.Error.WriteLine(message.StartsWith("warning:", StringComparison.Ordinal) ? OneLine(message) : "warning: " + OneLine(message));

    /// <summary>
    /// A message kept to one line: control characters (from a file name, a URL, a feed title) are shown as escapes
    /// (\n, \u001B), so a name cannot start a line of its own that looks like another warning or move the cursor.
    /// </summary>
    public static string OneLine(string message)
    {
        if (!message.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))
        {
            return message;
        }

        var line = new StringBuilder(message.Length + 8);
        foreach (var c in message)
        {
            line.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return line.ToString();
    }

    /// <summary>Writes UTF-8 text to the file, or to standard output when no file is given.</summary>
    public static int WriteResult(string text, FileInfo? file) => WriteResult(Utf8.GetBytes(text), file);

    /// <summary>Writes bytes to the file, or to standard output when no file is given.</summary>
    public static int WriteResult(byte[] bytes, FileInfo? file)
    {
        if (file is null)
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(bytes);
            return ExitCodes.Ok;
        }

        if (Directory.Exists(file.FullName))
        {
            Error($"{file}: is a folder; name a file to write.");
            return ExitCodes.BadArguments;
        }

        try
        {
            File.WriteAllBytes(file.FullName, bytes);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error($"{file}: cannot write: {e.Message}");
            return ExitCodes.BadArguments;
        }
    }

    /// <summary>
    /// Writes text for people: to standard output through a console (colour on a terminal), or to the file as plain
    /// UTF-8, laid out as standard output redirected to that file would be.
    /// </summary>
    /// <param name="width">Columns when the text goes to a file or pipe, so table rows do not wrap; null for the default.</param>
    public static int WriteText(Action<IAnsiConsole, TextWriter> draw, FileInfo? file, int? width = null)
    {
        if (file is null)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
            if (Console.IsOutputRedirected && width is { } w)
            {
                console.Profile.Width = w;
            }

            draw(console, Console.Out);
            return ExitCodes.Ok;
        }

        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(text),
        });
        plain.Profile.Width = width ?? DefaultWidth;
        plain.Profile.Capabilities.Unicode = true;
        draw(plain, text);
        return WriteResult(text.ToString(), file);
    }
}
