using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Chorus.Core.Feeds;
using Chorus.Core.Inputs;
using Chorus.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chorus.Bench;

/// <summary>
/// The feed poller at scale: N synthetic RSS feeds of 20 full-content items each, spread over 8 loopback servers
/// (8 hosts), polled into a fresh store; then 5 % of the feeds gain an item and every feed is polled again. Each
/// poll is set against plain <see cref="HttpClient"/> fetching the same feed URLs (same concurrency, no
/// conditional GET, no parsing or storing) in the same run.
/// </summary>
internal static class FeedPollBench
{
    /// <summary>Hosts: enough for the poller's default of 8 hosts at once to be used.</summary>
    private const int Hosts = 8;

    private const int ItemsPerFeed = 20;

    public static int Run(string[] args)
    {
        var feeds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        return RunAsync(feeds).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int feedCount)
    {
        var extra = new ConcurrentDictionary<int, int>();
        var requests = new ConcurrentBag<int>();
        var servers = new List<WebApplication>();
        for (var h = 0; h < Hosts; h++)
        {
            servers.Add(await StartAsync(extra, requests));
        }

        var urls = Enumerable.Range(0, feedCount).Select(i => $"{Address(servers[i % Hosts])}/feed/{i}").ToList();
        var folder = Directory.CreateTempSubdirectory("chorus-feed-bench-").FullName;
        try
        {
            using var store = SqliteStoryStore.Open(Path.Combine(folder, "feeds.db"));
            foreach (var url in urls)
            {
                store.AddFeed(new FeedSubscription(url), TimeSpan.FromMinutes(5), DateTime.UtcNow);
            }

            var clock = new BenchClock(DateTimeOffset.UtcNow);
            var options = new FeedPollerOptions { PerHostDelay = TimeSpan.Zero, LeaseBatch = 256 };
            using var poller = new FeedPoller(store, new StoreFeedSink(store), options, new InputOptions { AllowPrivateAddresses = true }, clock);

            var plainFirst = await PlainAsync(urls, options.MaxConcurrentHosts);
            requests.Clear();
            var watch = Stopwatch.StartNew();
            var first = await poller.PollDueAsync();
            var firstTime = watch.Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"first poll: {first.Feeds.Count} feeds, {first.ArticlesAdded} articles in {firstTime.TotalSeconds:F1} s = {first.ArticlesAdded / firstTime.TotalSeconds:F0} articles/s, {requests.Count} requests; plain HttpClient fetch of the same feeds {plainFirst.TotalSeconds:F2} s (ratio {firstTime / plainFirst:F1})"));

            foreach (var i in Enumerable.Range(0, feedCount).Where(i => i % 20 == 7))
            {
                extra[i] = 1;
            }

            clock.Now += TimeSpan.FromDays(1);
            requests.Clear();
            watch.Restart();
            var second = await poller.PollDueAsync();
            var secondTime = watch.Elapsed;
            var secondRequests = requests.Count;
            var plainSecond = await PlainAsync(urls, options.MaxConcurrentHosts);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"second poll ({extra.Count} feeds changed): {second.Feeds.Count} feeds, {secondRequests} requests, {second.NotModified} answered 304, {second.ArticlesAdded} articles added in {secondTime.TotalSeconds:F2} s; plain HttpClient {plainSecond.TotalSeconds:F2} s (ratio {secondTime / plainSecond:F2})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MB"));
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.StopAsync();
                await server.DisposeAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    private static async Task<TimeSpan> PlainAsync(IReadOnlyList<string> urls, int concurrency)
    {
        using var client = new HttpClient();
        using var gate = new SemaphoreSlim(concurrency);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(urls.Select(async url =>
        {
            await gate.WaitAsync();
            try
            {
                _ = await client.GetByteArrayAsync(new Uri(url));
            }
            finally
            {
                gate.Release();
            }
        }));
        return watch.Elapsed;
    }

    private static async Task<WebApplication> StartAsync(ConcurrentDictionary<int, int> extra, ConcurrentBag<int> requests)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/feed/{id:int}", (int id, HttpContext c) =>
        {
            requests.Add(id);
            var items = ItemsPerFeed + extra.GetValueOrDefault(id);
            var etag = $"\"{id}-{items}\"";
            c.Response.Headers.ETag = etag;
            if (c.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                c.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }

            c.Response.ContentType = "application/rss+xml";
            return c.Response.WriteAsync(Feed(id, items), Encoding.UTF8);
        });
        await app.StartAsync();
        return app;
    }

    private static string Address(WebApplication app) => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private static string Feed(int id, int items)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Outlet {id}</title>");
        for (var i = items; i >= 1; i--)
        {
            var date = new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero) - TimeSpan.FromMinutes(37 * (items - i));
            text.Append(CultureInfo.InvariantCulture, $"<item><title>Report {i} of outlet {id}</title><link>https://outlet{id}.example/{i}</link><guid>{id}-{i}</guid><pubDate>{date:R}</pubDate><content:encoded><![CDATA[");
            for (var p = 1; p <= 3; p++)
            {
                text.Append(CultureInfo.InvariantCulture, $"<p>Outlet {id} reports in item {i}, paragraph {p}, that the council of Town{(id * 31 + i) % 997} voted {i + p} to {p} on Tuesday to spend {id + i} thousand on road number {i * p}, officials said.</p>");
            }

            text.Append("]]></content:encoded></item>");
        }

        return text.Append("</channel></rss>").ToString();
    }

    private sealed class BenchClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
