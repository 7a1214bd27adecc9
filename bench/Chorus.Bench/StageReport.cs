using System.Diagnostics;
using System.Globalization;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;

namespace Chorus.Bench;

/// <summary>
/// A quick stage breakdown without BenchmarkDotNet: runs the seed brief many times in this process and prints
/// each stage's share of the pipeline and its ratio to reading the files (the baseline, timed in the same run).
/// </summary>
internal static class StageReport
{
    private const int Warmup = 20;
    private const int Runs = 200;

    public static int Run()
    {
        var files = InputPaths.Expand([Path.Combine(BenchPaths.Shared, "seeds")]).Files;
        var documents = FileReader.ReadAll(files).Values().ToList();
        for (var i = 0; i < Warmup; i++)
        {
            BriefPipeline.Run(documents);
            FileReader.ReadAll(files);
        }

        var readTime = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++)
        {
            FileReader.ReadAll(files);
        }

        readTime.Stop();
        var totals = new Dictionary<string, TimeSpan>();
        for (var i = 0; i < Runs; i++)
        {
            foreach (var timing in BriefPipeline.Run(documents).Timings)
            {
                totals[timing.Stage] = totals.GetValueOrDefault(timing.Stage) + timing.Elapsed;
            }
        }

        var baseline = readTime.Elapsed.TotalMilliseconds / Runs;
        var pipeline = totals.Values.Sum(t => t.TotalMilliseconds) / Runs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed brief, {Runs} runs; baseline = reading the 5 files ({baseline:0.000} ms)"));
        Console.WriteLine("stage        mean ms   share   x baseline");
        foreach (var (stage, total) in totals)
        {
            var mean = total.TotalMilliseconds / Runs;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-12} {mean,7:0.000}  {mean / pipeline,6:P0}  {mean / baseline,8:0.0}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-12} {pipeline,7:0.000}  {1,6:P0}  {pipeline / baseline,8:0.0}"));
        return 0;
    }
}
