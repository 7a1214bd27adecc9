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
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
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
