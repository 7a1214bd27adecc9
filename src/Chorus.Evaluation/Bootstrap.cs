namespace Chorus.Evaluation;

/// <summary>A mean with its bootstrap confidence interval.</summary>
public readonly record struct MeanInterval(double Mean, double Low, double High)
{
    public double HalfWidth => (High - Low) / 2;
}

/// <summary>
/// Percentile bootstrap over per-item scores (clusters): resample the items with replacement, take each resample's
/// mean, and read the interval off the sorted means. A fixed seed makes the interval the same on every run.
/// </summary>
public static class Bootstrap
{
    public const int DefaultResamples = 1000;
    public const double DefaultConfidence = 0.95;
    public const ulong DefaultSeed = 20040665;

    public static MeanInterval Interval(IReadOnlyList<double> values, int resamples = DefaultResamples, double confidence = DefaultConfidence, ulong seed = DefaultSeed)
    {
        if (values.Count == 0)
        {
            return new MeanInterval(0, 0, 0);
        }

        var mean = values.Average();
        var random = new SplitMix64(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            double sum = 0;
            for (var i = 0; i < values.Count; i++)
            {
                sum += values[random.NextIndex(values.Count)];
            }

            means[r] = sum / values.Count;
        }

        Array.Sort(means);
        var tail = (1 - confidence) / 2 * 100;
        return new MeanInterval(mean, Percentile(means, tail), Percentile(means, 100 - tail));
    }

    /// <summary>Linear interpolation between closest ranks, as numpy's default percentile does.</summary>
    public static double Percentile(double[] sorted, double percent)
    {
        var rank = percent / 100 * (sorted.Length - 1);
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((rank - lower) * (sorted[upper] - sorted[lower]));
    }
}

/// <summary>A small, fast, seedable generator whose sequence never changes across runtimes.</summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform index in [0, count).</summary>
    public int NextIndex(int count) => (int)(Next() % (ulong)count);
}
