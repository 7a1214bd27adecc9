using System.CommandLine;
using System.Globalization;
using Chorus.Core.Feeds;
using Chorus.Core.Storage;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus feeds add|list|remove|import|export|poll</c>: the store's subscriptions.</summary>
internal static class FeedsCommand
{
    public static Command Create()
    {
        var command = new Command("feeds", "Subscribe to RSS/Atom feeds, list, import and export them (OPML), and poll them into stories.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Export());
        command.Subcommands.Add(FeedsPollCommand.Poll());
        return command;
    }

    private static Command Add()
    {
        var urls = UsageErrors.RefuseUnknownOptions(new Argument<string[]>("urls") { Arity = ArgumentArity.OneOrMore, Description = "Feed URLs (http or https)." });
        var category = new Option<string?>("--category") { Description = "A category for the feeds (folders with '/': News/World)." };
        var db = CliOptions.Db();
        var output = new ReportOutput();
        var command = new Command("add", "Subscribe to feeds; they are fetched at the next poll.") { urls, category, db };
        output.AddTo(command);
        command.SetAction(parse =>
        {
            var bad = parse.GetValue(urls)!.Where(u => !FeedUrl.IsValid(u)).ToList();
            bad.ForEach(u => Terminal.Error($"{u}: not an http or https URL"));
            return bad.Count > 0 ? ExitCodes.BadArguments : Subscribe(parse.GetValue(db)!, parse.GetValue(urls)!.Select(u => new FeedSubscription(u, null, parse.GetValue(category))).ToList(), output.From(parse));
        });
        return command;
    }

    private static Command List()
    {
        var db = CliOptions.Db();
        var output = new ReportOutput();
        var command = new Command("list", "List the subscriptions: last and next fetch, items taken, last error.") { db };
        output.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, mustExist: true);
            return store is null ? ExitCodes.StoreUnusable : Write(store.Feeds(), output.From(parse));
        });
        return command;
    }

    private static Command Remove()
    {
        var ids = new Argument<long[]>("ids") { Arity = ArgumentArity.OneOrMore, Description = "Feed ids (see chorus feeds list)." };
        var db = CliOptions.Db();
        var command = new Command("remove", "Unsubscribe; the articles already taken stay in their stories.") { ids, db };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, mustExist: true);
            if (store is null)
            {
                return ExitCodes.StoreUnusable;
            }

            var missing = parse.GetValue(ids)!.Where(id => !store.RemoveFeed(id)).ToList();
            missing.ForEach(id => Terminal.Error($"feed {id}: no such feed (see chorus feeds list)"));
            return missing.Count > 0 ? ExitCodes.BadArguments : ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "An OPML file (nested outlines become categories)." };
        var db = CliOptions.Db();
        var output = new ReportOutput();
        var command = new Command("import", "Subscribe to every feed of an OPML file.") { file, db };
        output.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Terminal.Error($"{path}: no such file");
                return ExitCodes.BadArguments;
            }

            var read = Opml.Read(path.ToString(), File.ReadAllText(path.FullName));
            if (!read.TryGetValue(out var feeds))
            {
                Terminal.Error(read.Problem!);
                return ExitCodes.BadArguments;
            }

            var usable = feeds.Where(f => FeedUrl.IsValid(f.Url)).ToList();
            feeds.Where(f => !FeedUrl.IsValid(f.Url)).ToList().ForEach(f => Terminal.Warning($"{path}: {f.Url}: not an http or https URL; skipped"));
            return usable.Count == 0 ? ExitCodes.NothingUsable : Subscribe(parse.GetValue(db)!, usable, output.From(parse));
        });
        return command;
    }

    private static Command Export()
    {
        var db = CliOptions.Db();
        var outFile = CliOptions.Out();
        var command = new Command("export", "Write the subscriptions as an OPML 2.0 file.") { db, outFile };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, mustExist: true);
            return store is null ? ExitCodes.StoreUnusable
                : Terminal.WriteResult(Opml.Write(store.Feeds().Select(f => new FeedSubscription(f.Url, f.Title, f.Category)), DateTimeOffset.UtcNow), parse.GetValue(outFile));
        });
        return command;
    }

    private static int Subscribe(string dbPath, IReadOnlyList<FeedSubscription> feeds, ReportTarget target)
    {
        using var store = StoreOptions.Open(dbPath, mustExist: false);
        if (store is null)
        {
            return ExitCodes.StoreUnusable;
        }

        var interval = new FeedPollerOptions().DefaultInterval;
        var rows = new List<FeedRow>();
        var already = 0;
        foreach (var feed in feeds)
        {
            var (row, added) = store.AddFeed(feed, interval, DateTime.UtcNow);
            rows.Add(row);
            already += added ? 0 : 1;
        }

        Console.Error.WriteLine($"{rows.Count - already} feeds added ({already} already subscribed); {store.Path} has {store.Feeds().Count} feeds");
        return Write(rows, target);
    }

    private static int Write(IReadOnlyList<FeedRow> rows, ReportTarget target) =>
        target.Write(() => FeedsJson.Feeds(rows), (console, _) => console.Write(Table(rows)), StoreOptions.TableWidth);

    private static Table Table(IReadOnlyList<FeedRow> rows)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("id").RightAligned()).AddColumn("feed").AddColumn("category")
            .AddColumn("last fetch").AddColumn("next fetch").AddColumn(new TableColumn("items").RightAligned()).AddColumn("last error");
        foreach (var row in rows)
        {
            table.AddRow(
                row.Id.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(row.Title is null ? row.Url : $"{row.Title} <{row.Url}>"),
                Markup.Escape(row.Category ?? ""),
                row.LastFetch is { } fetched ? $"{Minutes(fetched)} ({row.LastStatus})" : "never",
                Minutes(row.NextFetch),
                row.Items.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(row.Error is null ? "" : $"{row.Error} ({row.Failures} in a row)"));
        }

        return table;
    }

    private static string Minutes(DateTime time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
