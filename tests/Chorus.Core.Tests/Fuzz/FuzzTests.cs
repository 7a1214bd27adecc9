using Chorus.Core.Tests.Ingest;
using Xunit;

namespace Chorus.Core.Tests.Fuzz;

/// <summary>
/// Mutated HTML, RSS, Atom, WARC, JSONL, text and gzip inputs from a fixed seed through the readers and the brief:
/// no exception escapes, each input finishes, none allocates without bound (issue 16, point 10). The longer run is
/// <c>bench fuzz --inputs N --seed S</c>.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private const int Inputs = 2400;
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void MutatedInputsOfEveryFormatNeverEscapeTheBatch()
    {
        var runner = new FuzzRunner(folder.Path, TimeSpan.FromSeconds(20), 512L * 1024 * 1024);
        var outcomes = runner.Run(Inputs, seed: 16).ToList();

        var failures = outcomes.Where(o => o.Failure is not null).Select(o => $"{o.Input}: {o.Failure}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
        Assert.Equal(Inputs, outcomes.Count);
        // The mutants still exercise the readers: many are read into briefs, many give named problems.
        Assert.InRange(outcomes.Count(o => o.Briefed), Inputs / 4, Inputs);
        Assert.InRange(outcomes.Count(o => o.Problems > 0), Inputs / 20, Inputs);
    }

    [Fact]
    public void EverySeedIsReadIntoABriefUnmutated()
    {
        var runner = new FuzzRunner(folder.Path, TimeSpan.FromSeconds(20), 512L * 1024 * 1024);
        foreach (var (name, bytes) in FuzzSeeds.All)
        {
            var outcome = runner.RunOne(name, bytes);
            Assert.Null(outcome.Failure);
            Assert.True(outcome.Briefed, name);
        }
    }
}
