using System.CommandLine;
using Chorus.Nodes;
using Microsoft.Extensions.Hosting;

namespace Chorus.Cli.Commands;

/// <summary>
/// <c>chorus node --cluster redis://HOST:PORT</c>: one member of a cluster of processes sharing one store. Each
/// prepares intake chunks; the cluster (Orleans, membership in Redis) keeps one story writer alive among them.
/// </summary>
internal static class NodeCommand
{
    public static Command Create()
    {
        var db = CliOptions.Db();
        var cluster = new Option<string>("--cluster") { HelpName = "URL", Description = "The cluster's Redis (redis://host:port): membership and failure detection.", Required = true };
        var name = new Option<string>("--name") { HelpName = "N", Description = "This node's name in logs and the store.", DefaultValueFactory = _ => $"node-{Environment.ProcessId}" };
        var siloPort = CommandLineNumbers.AtLeastOne(new Option<int>("--silo-port") { HelpName = "P", Description = "The port this node listens on for the other nodes (at --address).", DefaultValueFactory = _ => 11111 });
        var gatewayPort = CommandLineNumbers.Whole(new Option<int>("--gateway-port") { HelpName = "G", Description = "The port this node listens on for Orleans clients (0: none).", DefaultValueFactory = _ => 0 }, least: 0);
        var batchSize = CommandLineNumbers.AtLeastOne(new Option<int>("--batch-size") { Description = "Documents per chunk (as ingest's batches).", DefaultValueFactory = _ => IngestCommand.DefaultBatchSize });
        var address = new Option<string>("--address") { HelpName = "IP", Description = "The address this node listens on and the others reach it at (default loopback: one machine).", DefaultValueFactory = _ => "127.0.0.1" };
        var exitWhenDone = new Option<bool>("--exit-when-done") { Description = "Stop once every enqueued document is in a story." };
        var pollFeeds = new Option<bool>("--poll-feeds") { Description = "Also poll the store's feeds (chorus feeds add) into the intake; the nodes divide the feeds between them." };
        var fetching = new IngestSources();
        var command = new Command("node", "Run one node of a cluster that shares the store's intake (see chorus enqueue).") { db, cluster, name, address, siloPort, gatewayPort, batchSize, exitWhenDone, pollFeeds };
        fetching.AddTo(command);
        command.SetAction(async (parse, cancellation) =>
        {
            if (NodeHost.RedisEndpoint(parse.GetValue(cluster)!) is not { } redis)
            {
                Terminal.Error($"--cluster {parse.GetValue(cluster)}: not a redis://host:port address");
                return ExitCodes.BadArguments;
            }

            if (!System.Net.IPAddress.TryParse(parse.GetValue(address), out var ip))
            {
                Terminal.Error($"--address {parse.GetValue(address)}: not an IP address");
                return ExitCodes.BadArguments;
            }

            if (NodeHost.Unreachable(redis) is { } reason)
            {
                Terminal.Error($"--cluster {parse.GetValue(cluster)}: the cluster's Redis cannot be reached ({reason})");
                return ExitCodes.BadArguments;
            }

            var path = parse.GetValue(db)!;
            using (var store = StoreOptions.Open(path, mustExist: false))
            {
                if (store is null)
                {
                    return ExitCodes.StoreUnusable;
                }
            }

            var settings = new NodeSettings(path, redis, parse.GetValue(name)!, parse.GetValue(siloPort), parse.GetValue(gatewayPort))
            {
                BatchSize = parse.GetValue(batchSize),
                ExitWhenDone = parse.GetValue(exitWhenDone),
                Address = ip,
                Fetching = fetching.OptionsFrom(parse),
                PollFeeds = parse.GetValue(pollFeeds),
            };
            using var host = NodeHost.Build(settings);
            await host.RunAsync(cancellation);
            return ExitCodes.Ok;
        });
        return command;
    }
}
