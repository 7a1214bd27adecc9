using System.CommandLine;

namespace Chorus.Cli.Commands;

/// <summary>
/// <c>chorus enqueue SOURCE…</c>: appends raw documents to the store's intake, in the order <c>chorus ingest</c>
/// would read them, for the <c>chorus node</c> processes sharing the store to prepare and cluster.
/// </summary>
internal static class EnqueueCommand
{
    public static Command Create()
    {
        var sources = UsageErrors.RefuseUnknownOptions(new Argument<string[]>("sources") { Arity = ArgumentArity.OneOrMore, Description = "Article files, folders of them, or URLs (as for ingest)." });
        var inputs = new IngestSources();
        var db = CliOptions.Db();
        var command = new Command("enqueue", "Add raw articles to the intake that chorus node processes share.") { sources, db };
        inputs.AddTo(command);
        command.SetAction(async (parse, cancellation) =>
        {
            // The nodes fetch the pages: a URL is stored as a page to fetch and fetched by whichever node prepares it.
            var loaded = await IngestSources.LoadAsync(parse.GetValue(sources)!, inputs.OptionsFrom(parse) with { DeferFetching = true }, cancellation);
            loaded.MissingPaths.ToList().ForEach(path => Terminal.Error($"{path}: no such file or folder"));
            loaded.Problems.ToList().ForEach(p => Terminal.Warning(p.ToString()));
            if (loaded.MissingPaths.Count > 0)
            {
                return ExitCodes.BadArguments;
            }

            if (loaded.Documents.Count == 0)
            {
                Terminal.Error("nothing to enqueue");
                return ExitCodes.NothingUsable;
            }

            using var store = StoreOptions.Open(parse.GetValue(db)!, mustExist: false);
            if (store is null)
            {
                return ExitCodes.StoreUnusable;
            }

            var (first, last) = store.Intake.Enqueue(loaded.Documents, DateTime.UtcNow);
            var pages = loaded.Documents.Count(d => d.Kind == Core.Documents.ContentKind.PageToFetch);
            var fetched = pages == 0 ? "" : $", {pages} of them pages the nodes fetch";
            Console.Out.WriteLine($"{loaded.Documents.Count} documents enqueued (arrival {first} to {last}{fetched})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
