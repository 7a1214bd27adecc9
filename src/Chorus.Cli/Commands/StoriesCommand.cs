using System.CommandLine;
using System.Globalization;
using Chorus.Core.Storage;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus stories</c>: the stories in the store, biggest first.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var db = CliOptions.Db();
        var since = new Option<string?>("--since") { Description = "Only stories seen on or after this UTC date or time (ISO-8601)." };
        var minSources = CommandLineNumbers.Whole(new Option<int>("--min-sources") { Description = "Only stories with at least this many independent sources.", DefaultValueFactory = _ => 1 });
        var limit = CommandLineNumbers.AtLeastOne(new Option<int>("--limit") { Description = "Show at most this many stories.", DefaultValueFactory = _ => 50 });
        var output = new ReportOutput();
        var command = new Command("stories", "List the stories in the story database.") { db, since, minSources, limit };
        output.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(since), parse.GetValue(minSources), parse.GetValue(limit), output.From(parse)));
        return command;
    }

    private static int Run(string dbPath, string? since, int minSources, int limit, ReportTarget target)
    {
        DateTime? sinceTime = null;
        if (since is not null)
        {
            if (!DateTime.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                Terminal.Error($"--since {since}: not a date (use e.g. 2026-03-15 or 2026-03-15T08:00:00Z)");
                return ExitCodes.BadArguments;
            }

            sinceTime = parsed;
        }

        using var store = StoreOptions.OpenForReading(dbPath);
        if (store is null)
        {
            return ExitCodes.StoreUnusable;
        }

        var rows = store.Stories(new StoryQuery { Since = sinceTime, MinSources = minSources, Limit = limit });
        return target.Write(() => StoreJson.Stories(rows), (console, _) => console.Write(Table(rows)), StoreOptions.TableWidth);
    }

    private static Table Table(IReadOnlyList<StoryRow> rows)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("id").RightAligned()).AddColumn("headline")
            .AddColumn(new TableColumn("sources").RightAligned()).AddColumn(new TableColumn("articles").RightAligned())
            .AddColumn("first seen").AddColumn("last seen");
        foreach (var row in rows)
        {
            table.AddRow(
                row.Id.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(row.Headline),
                row.IndependentSources.ToString(CultureInfo.InvariantCulture),
                row.Articles.ToString(CultureInfo.InvariantCulture),
                Minutes(row.FirstSeen),
                Minutes(row.LastSeen));
        }

        return table;
    }

    private static string Minutes(DateTime time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
