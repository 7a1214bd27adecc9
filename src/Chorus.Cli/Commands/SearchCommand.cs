using System.CommandLine;
using System.Globalization;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus search "query"</c>: full-text search over the stored articles.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words to find (all must occur)." };
        var db = CliOptions.Db();
        var limit = CommandLineNumbers.AtLeastOne(new Option<int>("--limit") { Description = "Show at most this many articles.", DefaultValueFactory = _ => 20 });
        var output = new ReportOutput();
        var command = new Command("search", "Find stored articles by their words; shows the story of each.") { query, db, limit };
        output.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(query)!, parse.GetValue(db)!, parse.GetValue(limit), output.From(parse)));
        return command;
    }

    private static int Run(string query, string dbPath, int limit, ReportTarget target)
    {
        using var store = StoreOptions.OpenForReading(dbPath);
        if (store is null)
        {
            return ExitCodes.StoreUnusable;
        }

        var hits = store.Search(query, limit);
        if (hits.Count == 0 && target.Format == ReportFormat.Table)
        {
            Console.Error.WriteLine($"no article matches \"{query}\"");
            return ExitCodes.NothingUsable;
        }

        var sources = SearchHitSources.Of(store, hits);
        hits = SearchHitSources.WithBriefOutlets(hits, sources);
        var labels = sources.ToDictionary(kv => kv.Key, kv => kv.Value.Label, StringComparer.Ordinal);
        return target.Write(() => StoreJson.Hits(query, hits, labels), (console, _) => console.Write(Table(hits, labels)), StoreOptions.TableWidth);
    }

    private static Table Table(IReadOnlyList<SearchHit> hits, Dictionary<string, string> labels)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("story").RightAligned()).AddColumn("source").AddColumn("title").AddColumn("outlet").AddColumn("match");
        foreach (var hit in hits)
        {
            table.AddRow(hit.StoryId.ToString(CultureInfo.InvariantCulture), labels.GetValueOrDefault(hit.ArticleId, "—"), Markup.Escape(hit.Title ?? "(untitled)"), Markup.Escape(hit.Outlet), Markup.Escape(hit.Snippet));
        }

        return table;
    }
}
