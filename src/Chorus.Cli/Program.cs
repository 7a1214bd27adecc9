using System.CommandLine;
using Chorus.Cli.Commands;

var root = new RootCommand("Chorus: many news reports of the same events in, one attributed brief per story out.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

try
{
    // Our own handler below prints one line; the library's default would print a stack trace.
    var parse = root.Parse(args);
    var exitCode = await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });

    // The library prints a usage error (an unknown option, a value out of range) with the help and exits 1, which
    // means "nothing usable" here; a usage error is exit code 2.
    return parse.Errors.Count > 0 ? ExitCodes.BadArguments : exitCode;
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // A user sees a one-line reason, never a stack trace; set CHORUS_DEBUG=1 to see where it came from.
    Console.Error.WriteLine($"error: {e.Message}");
    if (Environment.GetEnvironmentVariable("CHORUS_DEBUG") == "1")
    {
        Console.Error.WriteLine(e);
    }

    return 1;
}
