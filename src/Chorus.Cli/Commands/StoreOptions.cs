using System.CommandLine;
using Chorus.Core.Storage;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary>The <c>--db</c> option shared by the store commands, and opening the store with a clear error.</summary>
internal static class StoreOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = "The story database (SQLite).",
        DefaultValueFactory = _ => SqliteStoryStore.DefaultPath,
    };

    /// <summary>Opens the store; on failure names the file and the reason and returns null.</summary>
    public static SqliteStoryStore? Open(string path, bool mustExist)
    {
        if (mustExist && !File.Exists(path))
        {
            Terminal.Error($"{path}: no such database (run chorus ingest first, or name one with --db)");
            return null;
        }

        try
        {
            return SqliteStoryStore.Open(path);
        }
        catch (StoreException e)
        {
            Terminal.Error(e.Message);
            return null;
        }
    }

    /// <summary>Writes a table; when standard output is a file or pipe, wide enough that rows do not wrap.</summary>
    public static void WriteTable(Table table)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 240;
        }

        AnsiConsole.Write(table);
    }
}
