using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus ingest SOURCE…</c>: clean, deduplicate and cluster articles into stories in the store.</summary>
internal static class IngestCommand
{
    public const int DefaultBatchSize = 200;

    public static Command Create()
    {
        var sources = UsageErrors.RefuseUnknownOptions(new Argument<string[]>("sources") { Arity = ArgumentArity.OneOrMore, Description = "Article files (text, HTML, feeds, WARC, JSONL, URL lists), folders of them, or URLs." });
        var inputs = new IngestSources();
        var db = CliOptions.Db();
        var batchSize = CommandLineNumbers.AtLeastOne(new Option<int>("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => DefaultBatchSize });
        var command = new Command("ingest", "Add articles to the story database: cleaned, copies found, grouped into stories.") { sources, db, batchSize };
        inputs.AddTo(command);
        command.SetAction((parse, cancellation) => RunAsync(parse.GetValue(sources)!, inputs.OptionsFrom(parse), parse.GetValue(db)!, parse.GetValue(batchSize), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(string[] sources, InputOptions inputOptions, string dbPath, int batchSize, CancellationToken cancellation)
    {
        var loaded = await IngestSources.LoadAsync(sources, inputOptions, cancellation);
        var (documents, readProblems, missing) = (loaded.Documents, loaded.Problems, loaded.MissingPaths);
        foreach (var path in missing)
        {
            Terminal.Error($"{path}: no such file or folder");
        }

        if (missing.Count > 0)
        {
            return ExitCodes.BadArguments;
        }

        var storeExisted = StoreLocation.Exists(dbPath);
        var (status, storeIsEmpty) = Ingest(documents, readProblems, dbPath, batchSize, sources, cancellation);
        if (storeIsEmpty && !storeExisted)
        {
            // The file this run created holds nothing: a later run (or chorus stories) should not find an empty store.
            RemoveCreatedStore(dbPath);
        }

        return status;
    }

    /// <returns>The exit code, and whether the store holds nothing (no article, no feed) when the run ends.</returns>
    private static (int Status, bool StoreIsEmpty) Ingest(IReadOnlyList<RawDocument> documents, IReadOnlyList<InputProblem> readProblems, string dbPath, int batchSize, string[] sources, CancellationToken cancellation)
    {
        using var store = StoreOptions.Open(dbPath, mustExist: false);
        if (store is null)
        {
            return (ExitCodes.StoreUnusable, false);
        }

        var problems = readProblems.ToList();
        var interactive = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsErrorRedirected;
        if (!interactive)
        {
            problems.ForEach(p => Terminal.Warning(p.ToString()));
        }

        try
        {
            using var lease = store.AcquireWriter(Terminal.Warning, cancellation: cancellation);
            using var ingestor = new IngestPipeline(store, sources);
            var progress = new IngestProgress(documents.Count, problems.Count);
            if (interactive)
            {
                AnsiConsole.Live(progress.Render()).Start(live =>
                {
                    foreach (var result in ingestor.IngestAll(documents.Chunk(batchSize)))
                    {
                        progress.Add(result, ingestor.OpenStories);
                        problems.AddRange(result.Problems);
                        live.UpdateTarget(progress.Render());
                    }
                });
                problems.ForEach(p => Terminal.Warning(p.ToString()));
            }
            else
            {
                foreach (var result in ingestor.IngestAll(documents.Chunk(batchSize)))
                {
                    progress.Add(result, ingestor.OpenStories);
                    foreach (var problem in result.Problems)
                    {
                        Terminal.Warning(problem.ToString());
                    }

                    Console.Error.WriteLine(progress.Line());
                }
            }

            var totals = ingestor.Finish();
            var counts = store.Counts();
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{totals.Added} articles added ({totals.AlreadyStored} already stored, {totals.Copies} copies, {progress.Undated} undated: ingest time used), {totals.NewStories} new stories; {store.Path} holds {counts.Articles} articles in {counts.Stories} stories"));
            return (totals.Added + totals.AlreadyStored > 0 ? ExitCodes.Ok : ExitCodes.NothingUsable, counts.Articles == 0 && store.Feeds().Count == 0);
        }
        catch (StoreException e)
        {
            Terminal.Error(e.Message);
            return (ExitCodes.StoreUnusable, false);
        }
    }

    /// <summary>
    /// Deletes the database and its journal files. The writer lock file beside them stays: another writer may be
    /// waiting on it, and a lock file deleted under a waiter would let two writers in at once.
    /// </summary>
    private static void RemoveCreatedStore(string dbPath)
    {
        foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm", dbPath + "-journal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Terminal.Warning($"{file}: nothing was added, but this empty store cannot be removed: {e.Message}");
                return;
            }
        }

        Console.Error.WriteLine($"note: nothing was added, so the empty store {dbPath} this run created is removed");
    }

    /// <summary>Running totals of an ingest, shown live or as one line per committed batch.</summary>
    private sealed class IngestProgress(int documents, int readWarnings)
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private int batches, read, added, already, copies, stories, openStories, warnings = readWarnings;

        public int Undated { get; private set; }

        public void Add(BatchResult result, int open)
        {
            batches++;
            read += result.Documents;
            added += result.Added;
            already += result.AlreadyStored;
            copies += result.Copies;
            stories += result.NewStories;
            Undated += result.Undated;
            warnings += result.Problems.Count;
            openStories = open;
        }

        private double Rate => added / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);

        public string Line() => string.Create(CultureInfo.InvariantCulture,
            $"committed batch {batches}: {added} articles added ({already} already stored), {Rate:F0} articles/s, {stories} new stories ({openStories} open), {copies} copies, {warnings} warnings");

        public Table Render()
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("ingest").AddColumn(new TableColumn("").RightAligned());
            table.AddRow("documents read", $"{read} / {documents}");
            table.AddRow("articles added", added.ToString(CultureInfo.InvariantCulture));
            table.AddRow("already stored", already.ToString(CultureInfo.InvariantCulture));
            table.AddRow("articles/s", Rate.ToString("F0", CultureInfo.InvariantCulture));
            table.AddRow("new stories (open)", $"{stories} ({openStories})");
            table.AddRow("copies", copies.ToString(CultureInfo.InvariantCulture));
            table.AddRow("warnings", warnings.ToString(CultureInfo.InvariantCulture));
            return table;
        }
    }
}
