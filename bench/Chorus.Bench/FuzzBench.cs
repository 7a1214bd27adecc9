using System.Globalization;
using Chorus.Core.Tests.Fuzz;

namespace Chorus.Bench;

/// <summary>
/// The fuzz test's longer run: <c>fuzz --inputs N --seed S</c> mutates the same seeds (shared source with the test)
/// and prints inputs tried, failures with their first lines, and the slowest and most allocating input.
/// </summary>
internal static class FuzzBench
{
    public static int Run(string[] args)
    {
        var inputs = Value(args, "--inputs", 20_000);
        var seed = Value(args, "--seed", 16);
        var folder = Directory.CreateTempSubdirectory("chorus-fuzz-");
        try
        {
            var kept = Path.Combine(Path.GetTempPath(), "chorus-fuzz-failures");
            var runner = new FuzzRunner(folder.FullName, TimeSpan.FromSeconds(30), 512L * 1024 * 1024) { KeepFailuresIn = kept };
            var (tried, failures, briefed) = (0, 0, 0);
            FuzzOutcome? slowest = null, hungriest = null;
            foreach (var outcome in runner.Run(inputs, seed))
            {
                tried++;
                briefed += outcome.Briefed ? 1 : 0;
                slowest = slowest is null || outcome.Elapsed > slowest.Elapsed ? outcome : slowest;
                hungriest = hungriest is null || outcome.AllocatedBytes > hungriest.AllocatedBytes ? outcome : hungriest;
                if (outcome.Failure is not null)
                {
                    failures++;
                    Console.WriteLine($"FAIL {outcome.Input}: {string.Join(" | ", outcome.Failure.Split('\n').Take(4))}");
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed}: {tried} inputs tried, {failures} failures, {briefed} briefed"));
            if (failures > 0)
            {
                Console.WriteLine($"failing inputs kept in {kept}");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slowest: {slowest?.Input} {slowest?.Elapsed.TotalSeconds:F2} s; most allocated: {hungriest?.Input} {hungriest?.AllocatedBytes / (1024.0 * 1024):F0} MB"));
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static int Value(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
