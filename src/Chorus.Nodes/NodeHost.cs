using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Chorus.Nodes;

/// <summary>
/// One Orleans silo with its node work: membership and failure detection in Redis (Orleans' own protocol), on
/// loopback endpoints. Failure detection is tuned for one machine: a dead silo is declared after two missed
/// one-second probes, so its partition writer moves within seconds, not the half-minute meant for data centres.
/// </summary>
public static class NodeHost
{
    public const string ClusterId = "chorus";

    public static IHost Build(NodeSettings settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Chorus", LogLevel.Information);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Polly", LogLevel.Critical);
        builder.Services.AddSingleton(settings);
        builder.UseOrleans(silo =>
        {
            silo.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(settings.RedisEndpoint));
            silo.ConfigureEndpoints(settings.Address, settings.SiloPort, settings.GatewayPort);
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
            silo.Configure<SiloOptions>(o => o.SiloName = settings.Name);
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(1);
                o.NumMissedProbesLimit = 2;
                o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
            });
        });

        // After the silo: hosted services start in order, and the work calls grains.
        builder.Services.AddHostedService<NodeWork>();
        return builder.Build();
    }

    /// <summary>Why the cluster's Redis cannot be reached, or null when it answers: checked before the silo starts, which would log its failure with stack traces.</summary>
    public static string? Unreachable(string endpoint)
    {
        var options = ConfigurationOptions.Parse(endpoint);
        options.ConnectTimeout = 5000;
        options.ConnectRetry = 1;
        try
        {
            using var redis = ConnectionMultiplexer.Connect(options);
            redis.GetDatabase().Ping();
            return null;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return e.Message.Split('.')[0];
        }
    }

    /// <summary>The Redis endpoint of a <c>redis://host:port</c> address, or null when it is not one.</summary>
    public static string? RedisEndpoint(string cluster) =>
        Uri.TryCreate(cluster, UriKind.Absolute, out var uri) && uri.Scheme == "redis" && uri.Host.Length > 0
            ? $"{uri.Host}:{(uri.Port > 0 ? uri.Port : 6379)}"
            : null;
}
