using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Runtime;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using Chorus.Core.Extraction;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// Warm article-extraction throughput on the benchmark's validation pages, in one run: reading the pages from disk
/// (the baseline), AngleSharp's parse alone (the floor of a design that builds a DOM), and the whole extraction, on
/// one thread and on every core, with bytes allocated per page and the time of each extraction phase.
/// </summary>
internal static class ExtractSpeed
{
    private const int Rounds = 5;

    /// <summary>The attributes the extractor reads; the others need not be built.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "class", "id", "role", "itemprop", "hidden", "aria-hidden", "style", "lang", "content", "property", "name", "http-equiv",
        "rel", "datetime", "type", "href", "data-embed-type",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private sealed record Page(string GzipPath, string Url, string Html);

    private sealed record Workload(string Name, Action<Page> Run);

    public static int Run(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : Path.Combine(BenchPaths.Shared, "data", "article-extraction", "val");
        var loaded = ExtractionDataSet.Load(folder);
        if (!loaded.Succeeded)
        {
            Console.Error.WriteLine(loaded.Problem);
            return 2;
        }

        var data = loaded.Value;
        var pages = data.Pages.Select(p => new Page(Path.Combine(folder, "html", p.Id + ".html.gz"), p.Url, data.Html(p))).ToList();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var leanParser = new HtmlParser(new HtmlParserOptions
        {
            IsScripting = false,
            SkipComments = true,
            SkipRawText = true,
            DisableElementPositionTracking = true,
        });
        var fewAttributesParser = new HtmlParser(new HtmlParserOptions
        {
            IsScripting = false,
            SkipComments = true,
            SkipRawText = true,
            DisableElementPositionTracking = true,
            ShouldEmitAttribute = (ref StructHtmlToken _, ReadOnlyMemory<char> name) => ReadAttributes.Contains(name.Span),
        });
        var noScriptParser = new HtmlParser(new HtmlParserOptions
        {
            IsScripting = false,
            SkipComments = true,
            SkipRawText = true,
            SkipScriptText = true,
            DisableElementPositionTracking = true,
        });
        var workloads = new Workload[]
        {
            new("read from disk (baseline)", p => ReadPage(p.GzipPath)),
            new("tag scan (nesting check)", p => HtmlNesting.EstimateDepth(p.Html)),
            new("AngleSharp tokenize only", p => Tokenize(p.Html)),
            new("AngleSharp parse (floor)", p => parser.ParseDocument(p.Html).Dispose()),
            new("parse, lean options", p => leanParser.ParseDocument(p.Html).Dispose()),
            new("parse, lean, few attributes", p => fewAttributesParser.ParseDocument(p.Html).Dispose()),
            new("parse, lean, no script", p => noScriptParser.ParseDocument(p.Html).Dispose()),
            new("chorus extract", p => HtmlArticleExtractor.Extract(p.Html, p.Url)),
        };

        var megabytes = pages.Sum(p => (long)p.Html.Length) / 1e6;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{pages.Count} pages ({megabytes:0.0} M chars), {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, median of {Rounds} warm rounds taken in turn"));
        foreach (var workload in workloads)
        {
            foreach (var page in pages)
            {
                workload.Run(page);
            }
        }

        var oneThread = workloads.ToDictionary(w => w.Name, _ => new List<Round>());
        var allCores = workloads.ToDictionary(w => w.Name, _ => new List<double>());
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var workload in workloads)
            {
                oneThread[workload.Name].Add(OneThread(workload, pages));
                allCores[workload.Name].Add(AllCores(workload, pages));
            }
        }

        Console.WriteLine("workload                    pages/s 1 thread  pages/CPU-s  pages/s all cores  KB alloc/page  x baseline (CPU)");
        double? baseline = null;
        foreach (var workload in workloads)
        {
            var wall = Median(oneThread[workload.Name].Select(r => pages.Count / r.Wall));
            var cpu = Median(oneThread[workload.Name].Select(r => pages.Count / r.Cpu));
            var bytes = Median(oneThread[workload.Name].Select(r => r.Bytes / (double)pages.Count));
            var all = Median(allCores[workload.Name].Select(seconds => pages.Count / seconds));
            baseline ??= cpu;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{workload.Name,-27} {wall,16:0.0}  {cpu,11:0.0}  {all,17:0.0}  {bytes / 1024,13:0}  {baseline.Value / cpu,8:0.00}"));
        }

        PrintPhases(pages);
        return 0;
    }

    private readonly record struct Round(double Wall, double Cpu, long Bytes);

    private static double Median(IEnumerable<double> values) => values.Order().ElementAt(Rounds / 2);

    private static void Tokenize(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        while (tokenizer.GetStructToken().Type != HtmlTokenType.EndOfFile)
        {
        }
    }

    /// <summary>Decompresses and decodes a page as the evaluation does.</summary>
    private static string ReadPage(string gzipPath)
    {
        using var file = File.OpenRead(gzipPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>One pass over the pages on this thread: wall seconds, this thread's CPU seconds, bytes it allocated.</summary>
    private static Round OneThread(Workload workload, List<Page> pages)
    {
        var cpuBefore = ThreadCpuSeconds();
        var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        foreach (var page in pages)
        {
            workload.Run(page);
        }

        var wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return new Round(wall, ThreadCpuSeconds() - cpuBefore, GC.GetAllocatedBytesForCurrentThread() - bytesBefore);
    }

    /// <summary>
    /// This thread's user + system time from /proc/thread-self/stat (Linux, 10 ms ticks): other processes on a
    /// shared machine stretch the wall clock but not this. Elsewhere, the whole process's time.
    /// </summary>
    private static double ThreadCpuSeconds()
    {
        const string stat = "/proc/thread-self/stat";
        if (!File.Exists(stat))
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime.TotalSeconds;
        }

        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        const double ticksPerSecond = 100;
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / ticksPerSecond;
    }

    private static double AllCores(Workload workload, List<Page> pages)
    {
        var start = Stopwatch.GetTimestamp();
        Parallel.ForEach(pages, workload.Run);
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    /// <summary>Where one thread's extraction time goes, summed over every round.</summary>
    private static void PrintPhases(List<Page> pages)
    {
        var clock = new PhaseClock();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var page in pages)
            {
                HtmlArticleExtractor.Extract(page.Html, page.Url, options: null, clock);
            }
        }

        var total = clock.Ticks.Values.Sum();
        Console.WriteLine("phase        ms/page  share");
        foreach (var (phase, ticks) in clock.Ticks)
        {
            var ms = ticks * 1000.0 / Stopwatch.Frequency / (Rounds * pages.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase,-12} {ms,7:0.00}  {ticks / (double)total,5:P0}"));
        }
    }
}
