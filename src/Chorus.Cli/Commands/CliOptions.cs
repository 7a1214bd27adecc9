using System.CommandLine;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;

namespace Chorus.Cli.Commands;

/// <summary>
/// The options that mean the same in every command: <c>--format</c> chooses what is written, <c>--out</c> where (a file
/// instead of standard output), <c>--words</c> the longest summary, <c>--db</c> the story store. Extra files an
/// evaluation can write beside its output have their own names (<c>--json</c>, <c>--summaries</c>).
/// </summary>
internal static class CliOptions
{
    public static Option<FileInfo?> Out() => FileToWrite(new("--out") { HelpName = "FILE", Description = "Write the output to this file instead of standard output." });

    /// <summary>The extra JSON file of an evaluation: what <c>--format json</c> would print, written beside the table.</summary>
    public static Option<FileInfo?> AlsoJson() => FileToWrite(new("--json") { HelpName = "FILE", Description = "Also write the JSON report (what --format json prints) to this file." });

    /// <summary>
    /// An option naming a file the command writes: a folder is refused before any work is done, as the write would
    /// fail only at the end (with the system's "access denied", which does not say why).
    /// </summary>
    public static Option<FileInfo?> FileToWrite(Option<FileInfo?> option)
    {
        option.Validators.Add(r =>
        {
            var path = r.Tokens.Count == 1 ? r.Tokens[0].Value : null;
            if (path is not null && Directory.Exists(path))
            {
                r.AddError($"{option.Name} {path}: is a folder; name a file to write.");
            }
        });
        return option;
    }

    public static Option<string> Db() => new("--db")
    {
        HelpName = "PATH",
        Description = "The story database: a SQLite file, or a PostgreSQL database (postgres://user:pw@host:port/db or Host=...;Database=...).",
        DefaultValueFactory = _ => StoreLocation.DefaultPath,
    };

    /// <summary>The longest summary of a brief, in words.</summary>
    public static Option<int> Words()
    {
        var words = new Option<int>("--words") { HelpName = "N", Description = "Longest summary, in words.", DefaultValueFactory = _ => BriefOptions.DefaultWords };
        CommandLineNumbers.AtLeastOne(words);
        return words;
    }
}
