using System.CommandLine;
using Chorus.Cli.Commands;

var root = new RootCommand("Chorus: many news reports of the same events in, one attributed brief per story out.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

UsageErrors.ReportUnmatchedTokensHere(root);

try
{
    var parse = root.Parse(args);
    var usageErrors = UsageErrors.Of(parse);
    if (usageErrors.Count > 0)
    {
        // Bad usage is exit code 2 like a missing path, with the reason on one line each rather than the whole help.
        foreach (var error in usageErrors)
        {
            Terminal.Error(error);
        }

        Console.Error.WriteLine($"see: {CommandPath(parse.CommandResult)} --help");
        return ExitCodes.BadArguments;
    }

    // Our own handler below prints one line; the library's default would print a stack trace.
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
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

static string CommandPath(System.CommandLine.Parsing.CommandResult? result)
{
    var names = new List<string>();
    for (var r = result; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
    {
        names.Insert(0, r.Parent is null ? "chorus" : r.Command.Name);
    }

    return string.Join(' ', names);
}
