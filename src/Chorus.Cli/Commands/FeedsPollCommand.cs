using System.CommandLine;
using System.Globalization;
using Chorus.Core.Feeds;
using Chorus.Core.Inputs;
using Chorus.Core.Storage;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus feeds poll [--once]</c> and <c>chorus watch</c>: fetch due feeds into the store's stories.</summary>
internal static class FeedsPollCommand
{
    public static Command Poll()
    {
        var once = new Option<bool>("--once") { Description = "Poll every due feed once and exit (for cron and tests); without it, poll until Ctrl+C." };
        var command = new Command("poll", "Fetch the due feeds, new items into stories.") { once };
        var options = new PollOptions(command);
        command.SetAction((parse, cancellation) => RunAsync(options, parse, parse.GetValue(once), cancellation));
        return command;
    }

    public static Command Watch()
    {
        var command = new Command("watch", "Poll the store's feeds until Ctrl+C: new items become articles in stories as they appear.");
        var options = new PollOptions(command);
        command.SetAction((parse, cancellation) => RunAsync(options, parse, once: false, cancellation));
        return command;
    }

    private static async Task<int> RunAsync(PollOptions options, ParseResult parse, bool once, CancellationToken cancellation)
    {
        var dbPath = parse.GetValue(options.Db)!;
        using var store = StoreOptions.Open(dbPath, mustExist: true);
        if (store is null)
        {
            return ExitCodes.StoreUnusable;
        }

        var inputs = new InputOptions { AllowPrivateAddresses = parse.GetValue(options.AllowPrivate) };
        var pollerOptions = new FeedPollerOptions
        {
            PerHostDelay = TimeSpan.FromSeconds(parse.GetValue(options.HostDelay)),
            MaxConcurrentHosts = parse.GetValue(options.Hosts),
        };
        using var poller = new FeedPoller(store, new StoreFeedSink(store), pollerOptions, inputs);
        try
        {
            if (once)
            {
                var summary = await poller.PollDueAsync(cancellation);
                Console.Error.WriteLine(Line(summary));
                foreach (var failed in summary.Feeds.Where(f => f.Error is not null))
                {
                    Terminal.Warning($"{failed.Url}: {failed.Error}");
                }

                return options.Output.From(parse).Write(() => FeedsJson.Poll(summary), (_, writer) => writer.WriteLine(Line(summary)));
            }

            Console.Error.WriteLine($"watching {store.Feeds().Count} feeds of {store.Path}; Ctrl+C stops");
            await poller.RunAsync(summary =>
            {
                if (summary.Feeds.Count > 0)
                {
                    Console.Error.WriteLine($"{DateTime.UtcNow.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {Line(summary)}");
                }
            }, cancellation);
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
        catch (StoreException e)
        {
            Terminal.Error(e.Message);
            return ExitCodes.StoreUnusable;
        }
    }

    private static string Line(FeedPollSummary s) =>
        $"polled {s.Feeds.Count} feeds: {s.NotModified} unchanged (304), {s.Failed} failed, {s.NewItems} new items, {s.PagesFetched} pages fetched, {s.ArticlesAdded} articles added, {s.ArticlesReplaced} replaced by an update";

    /// <summary>The options <c>feeds poll</c> and <c>watch</c> share.</summary>
    private sealed class PollOptions
    {
        public PollOptions(Command command)
        {
            command.Options.Add(Db);
            command.Options.Add(AllowPrivate);
            command.Options.Add(HostDelay);
            command.Options.Add(Hosts);
            Output.AddTo(command);
        }

        public Option<string> Db { get; } = CliOptions.Db();

        public Option<bool> AllowPrivate { get; } = new("--allow-private") { Description = "Allow fetching feeds and pages on loopback, private and link-local addresses." };

        public Option<double> HostDelay { get; } = CommandLineNumbers.Seconds(new Option<double>("--host-delay")
        {
            HelpName = "SECONDS",
            Description = "Least time between two requests to one host.",
            DefaultValueFactory = _ => new FeedPollerOptions().PerHostDelay.TotalSeconds,
        });

        public Option<int> Hosts { get; } = CommandLineNumbers.AtLeastOne(new Option<int>("--hosts")
        {
            HelpName = "N",
            Description = "Hosts fetched at once.",
            DefaultValueFactory = _ => new FeedPollerOptions().MaxConcurrentHosts,
        });

        public ReportOutput Output { get; } = new();
    }
}
