using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus search "query"</c>: full-text search over the stored articles.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words to find (all must occur)." };
        var db = StoreOptions.Db();
        var limit = new Option<int>("--limit") { Description = "Show at most this many articles.", DefaultValueFactory = _ => 20 }.AtLeast(1);
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("search", "Find stored articles by their words; shows the story of each.") { query, db, limit, format };
        command.SetAction(parse => Run(parse.GetValue(query)!, parse.GetValue(db)!, parse.GetValue(limit), parse.GetValue(format)!));
        return command;
    }

    private static int Run(string query, string dbPath, int limit, string format)
    {
        using var store = StoreOptions.Open(dbPath, mustExist: true);
        if (store is null)
        {
            return ExitCodes.StoreUnusable;
        }

        var hits = store.Search(query, limit);
        if (format == "json")
        {
            return Terminal.WriteResult(StoreJson.Hits(query, hits), null);
        }

        if (hits.Count == 0)
        {
            Console.Error.WriteLine($"no article matches \"{query}\"");
            return ExitCodes.NothingUsable;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("story").RightAligned()).AddColumn("title").AddColumn("outlet").AddColumn("match");
        foreach (var hit in hits)
        {
            table.AddRow(hit.StoryId.ToString(CultureInfo.InvariantCulture), Markup.Escape(hit.Title ?? "(untitled)"), Markup.Escape(hit.Outlet), Markup.Escape(hit.Snippet));
        }

        StoreOptions.WriteTable(table);
        return ExitCodes.Ok;
    }
}
