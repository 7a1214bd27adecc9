using System.Diagnostics;
using System.Globalization;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Chorus.Bench;

/// <summary>
/// The web reader at scale: fills a store with the scale bench's synthetic stream (100k articles by default), starts
/// the real <c>chorus serve</c> on loopback, and drives it with 16 concurrent clients. Each page (story list, story,
/// search) is measured against a static file served by the same server in the same run, in alternating rounds, and
/// reported as p50/p95 latency, requests per second and ratios to the static file. Story pages are measured warm
/// (the brief of their version already built) and cold (the first view, which builds and saves the brief); searches
/// likewise the first time each query is asked (ranked afresh) and then repeated (answered for the same store state). The
/// server's peak resident memory is read from /proc at the end.
/// </summary>
internal static class WebBenchmark
{
    /// <summary>Concurrent clients, as the issue asks: a newsroom's worth of readers at once.</summary>
    private const int Clients = 16;

    /// <summary>Requests per target per round: enough for a stable p95 (150 samples above it) in seconds.</summary>
    private const int RequestsPerRound = 3000;

    /// <summary>Rounds, alternating targets, so each sees the same machine state on average.</summary>
    private const int Rounds = 2;

    /// <summary>Distinct stories the story-page clients visit; all fit in the server's page cache.</summary>
    private const int StoriesVisited = 200;

    /// <summary>Stories opened cold (first view builds the brief): the cost a reader pays once per story version.</summary>
    private const int ColdStories = 40;

    private static readonly string[] Queries = ["earthquake", "\"prime minister\"", "hurricane OR storm", "elect*", "police -football", "\"united nations\" peace"];

    public static int Run(string[] args)
    {
        var size = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var db = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"chorus-web-bench-{size}.db");
        if (!File.Exists(db))
        {
            Fill(db, size);
        }

        var (articles, stories, ids) = Describe(db);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store: {db}, {articles} articles in {stories} stories, {new FileInfo(db).Length / (1024.0 * 1024):F0} MB"));
        using var server = ServeProcess.Start(db);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(server.Url),
            Timeout = TimeSpan.FromMinutes(2),
        };

        var random = new Random(7);
        var visited = ids.OrderBy(_ => random.Next()).Take(StoriesVisited).ToArray();
        var cold = visited.Take(ColdStories).Select(id => Time(client, $"/stories/{id}")).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold story page (brief built and saved), {ColdStories} stories one at a time: p50 {Percentile(cold, 0.5):F1} ms, p95 {Percentile(cold, 0.95):F1} ms"));
        var firstSearches = Queries.Select(q => Time(client, "/search?q=" + Uri.EscapeDataString(q))).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search, first time each query (ranked afresh), {Queries.Length} queries one at a time: p50 {Percentile(firstSearches, 0.5):F1} ms, max {firstSearches.Max():F1} ms"));
        Measure(client, "warm-up", visited.Select(id => $"/stories/{id}").ToArray(), visited.Length, 4);

        var targets = new (string Name, string[] Paths)[]
        {
            ("static file", ["/static/site.css"]),
            ("story list", ["/", "/?order=newest", "/?page=3", "/?q=earthquake"]),
            ("story page", visited.Select(id => $"/stories/{id}").ToArray()),
            ("search", Queries.Select(q => "/search?q=" + Uri.EscapeDataString(q)).ToArray()),
        };
        var samples = targets.ToDictionary(t => t.Name, _ => new List<double>());
        var seconds = targets.ToDictionary(t => t.Name, _ => 0.0);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var (name, paths) in round % 2 == 0 ? targets : targets.Reverse())
            {
                var (latencies, elapsed) = Measure(client, name, paths, RequestsPerRound, Clients);
                samples[name].AddRange(latencies);
                seconds[name] += elapsed;
            }
        }

        var peak = server.PeakMegabytes();
        Report(targets.Select(t => t.Name).ToList(), samples, seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server peak resident memory: {peak:F0} MB"));
        return 0;
    }

    private static void Fill(string db, int size)
    {
        var duc = Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl");
        var stream = new SyntheticStream(duc, size);
        var clock = Stopwatch.StartNew();
        using (var store = SqliteStoryStore.Open(db))
        {
            var ingestor = new IngestPipeline(store, ["synthetic"]);
            foreach (var _ in ingestor.IngestAll(stream.Articles().Chunk(500).Select(b => (IReadOnlyList<Chorus.Core.Documents.RawDocument>)b.Select(a => a.Document).ToList())))
            {
            }

            ingestor.Finish();
        }

        SqliteConnection.ClearAllPools();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"filled {db} with {size} synthetic articles in {clock.Elapsed.TotalSeconds:F0} s"));
    }

    private static (long Articles, long Stories, long[] StoryIds) Describe(string db)
    {
        using var store = SqliteStoryStore.Open(db);
        var counts = store.Counts();
        var ids = new List<long>();
        for (var offset = 0; ; offset += StoryListQuery.MaxLimit)
        {
            var page = store.StoryList(new StoryListQuery { MinSources = 2, Offset = offset, Limit = StoryListQuery.MaxLimit });
            ids.AddRange(page.Stories.Select(s => s.Id));
            if (page.Stories.Count < StoryListQuery.MaxLimit || ids.Count >= 5000)
            {
                break;
            }
        }

        SqliteConnection.ClearAllPools();
        return (counts.Articles, counts.Stories, [.. ids]);
    }

    private static double Time(HttpClient client, string path)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = client.GetAsync(path).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary><paramref name="count"/> requests over <paramref name="paths"/> in turn, from <paramref name="clients"/> concurrent clients.</summary>
    private static (List<double> Latencies, double Seconds) Measure(HttpClient client, string name, string[] paths, int count, int clients)
    {
        var latencies = new double[count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(paths[i % paths.Length]);
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{name}: {paths[i % paths.Length]} answered {(int)response.StatusCode}");
                }

                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        })).ToArray();
        Task.WaitAll(workers);
        return ([.. latencies], clock.Elapsed.TotalSeconds);
    }

    private static void Report(List<string> names, Dictionary<string, List<double>> samples, Dictionary<string, double> seconds)
    {
        var staticP50 = Percentile(samples[names[0]], 0.5);
        var staticRate = samples[names[0]].Count / seconds[names[0]];
        Console.WriteLine($"{Clients} concurrent clients, {Rounds} alternating rounds of {RequestsPerRound} requests per target");
        Console.WriteLine("| target | requests | req/s | p50 ms | p95 ms | p99 ms | p50 / static | req/s / static |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var name in names)
        {
            var s = samples[name];
            var rate = s.Count / seconds[name];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {s.Count} | {rate:F0} | {Percentile(s, 0.5):F1} | {Percentile(s, 0.95):F1} | {Percentile(s, 0.99):F1} | {Percentile(s, 0.5) / staticP50:F1} | {rate / staticRate:F2} |"));
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    /// <summary>The real <c>chorus serve</c> as a child process, on a free loopback port.</summary>
    private sealed class ServeProcess : IDisposable
    {
        private readonly Process process;

        private ServeProcess(Process process, string url)
        {
            this.process = process;
            Url = url;
        }

        public string Url { get; }

        public static ServeProcess Start(string db)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "chorus.dll"), "serve", "--db", db, "--urls", "http://127.0.0.1:0" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment.Remove("CHORUS_API_KEY");
            var process = Process.Start(start)!;
            string? line;
            while ((line = process.StandardError.ReadLine()) is not null && !line.StartsWith("serving ", StringComparison.Ordinal))
            {
            }

            if (line is null)
            {
                throw new InvalidOperationException("chorus serve stopped before it listened");
            }

            _ = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            return new ServeProcess(process, line.Split(" at ")[1].Split(' ')[0]);
        }

        /// <summary>The server's peak resident set (VmHWM), in MB.</summary>
        public double PeakMegabytes()
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit();
            }

            process.Dispose();
        }
    }
}
