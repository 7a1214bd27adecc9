using System.Diagnostics;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;

namespace Chorus.Core.Tests.Fuzz;

/// <summary>What one mutated input did: an exception that escaped (a failure), or the documents and problems it gave.</summary>
public sealed record FuzzOutcome(string Input, int Documents, int Problems, bool Briefed, TimeSpan Elapsed, long AllocatedBytes, string? Failure);

/// <summary>
/// Writes mutated inputs to a folder and runs each through <see cref="InputLoader"/> and <see cref="BriefPipeline"/>,
/// in this process, as <c>chorus brief --no-fetch</c> would: an exception that escapes, an input that does not finish
/// within a bound, or one that allocates past a bound is a failure.
/// </summary>
public sealed class FuzzRunner(string folder, TimeSpan bound, long maxAllocatedBytes)
{
    /// <summary>A folder where each failing input is kept for a test to be written from it; null keeps none.</summary>
    public string? KeepFailuresIn { get; init; }

    private static readonly InputOptions NoFetch = new() { FetchAllowed = false, MaxBodyBytes = 4L * 1024 * 1024 };

    public IEnumerable<FuzzOutcome> Run(int inputs, int seed)
    {
        var mutator = new InputMutator(seed);
        for (var i = 0; i < inputs; i++)
        {
            var (name, bytes) = FuzzSeeds.All[i % FuzzSeeds.All.Count];
            yield return RunOne($"{i:D5}-{name}", mutator.Mutate(bytes));
        }
    }

    public FuzzOutcome RunOne(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        var start = Stopwatch.GetTimestamp();
        var work = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                var loaded = InputLoader.Load([path], NoFetch);
                var run = BriefPipeline.Run(loaded.Documents);
                return new FuzzOutcome(name, loaded.Documents.Count, loaded.Problems.Count + run.Problems.Count, run.Brief is not null, TimeSpan.Zero, GC.GetAllocatedBytesForCurrentThread() - before, null);
            }
            catch (Exception e)
            {
                return new FuzzOutcome(name, 0, 0, false, TimeSpan.Zero, GC.GetAllocatedBytesForCurrentThread() - before, $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        });
        var finished = work.Wait(bound);
        var elapsed = Stopwatch.GetElapsedTime(start);
        var outcome = !finished
            ? new FuzzOutcome(name, 0, 0, false, elapsed, 0, $"not finished within {bound.TotalSeconds:0} s")
            : work.Result with { Elapsed = elapsed };
        if (outcome.Failure is null && outcome.AllocatedBytes > maxAllocatedBytes)
        {
            outcome = outcome with { Failure = $"allocated {outcome.AllocatedBytes / (1024 * 1024)} MB, over {maxAllocatedBytes / (1024 * 1024)} MB" };
        }

        if (outcome.Failure is not null && KeepFailuresIn is { } keep)
        {
            Directory.CreateDirectory(keep);
            File.Copy(path, Path.Combine(keep, name), overwrite: true);
        }

        File.Delete(path);
        return outcome;
    }
}
