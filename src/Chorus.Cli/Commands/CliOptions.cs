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
    public static Option<FileInfo?> Out() => new("--out") { HelpName = "FILE", Description = "Write the output to this file instead of standard output." };

    /// <summary>The extra JSON file of an evaluation: what <c>--format json</c> would print, written beside the table.</summary>
    public static Option<FileInfo?> AlsoJson() => new("--json") { HelpName = "FILE", Description = "Also write the JSON report (what --format json prints) to this file." };

    public static Option<string> Db() => new("--db")
    {
        HelpName = "PATH",
        Description = "The story database (SQLite).",
        DefaultValueFactory = _ => SqliteStoryStore.DefaultPath,
    };

    /// <summary>The longest summary of a brief, in words.</summary>
    public static Option<int> Words()
    {
        var words = new Option<int>("--words") { HelpName = "N", Description = "Longest summary, in words.", DefaultValueFactory = _ => BriefOptions.DefaultWords };
        AtLeastOne(words);
        return words;
    }

    /// <summary>A whole number the command cannot use below 1 (a budget, a limit, a batch size).</summary>
    public static Option<T> AtLeastOne<T>(Option<T> option)
    {
        option.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<T>();
            if (value is int n && n < 1)
            {
                r.AddError($"{option.Name} {n}: must be at least 1.");
            }
        });
        return option;
    }
}
