using System.CommandLine;
using Chorus.Cli.Commands;

var root = new RootCommand("Chorus: many news reports of the same events in, one attributed brief per story out.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
