using Chorus.Evaluation;
using Xunit;

namespace Chorus.Core.Tests.Evaluation;

public class BootstrapTests
{
    private static readonly double[] Scores = [0.31, 0.42, 0.38, 0.29, 0.45, 0.36, 0.40, 0.33, 0.39, 0.41, 0.28, 0.37];

    [Fact]
    public void SameSeedGivesTheSameIntervalEveryRun()
    {
        var first = Bootstrap.Interval(Scores);
        var second = Bootstrap.Interval(Scores);
        Assert.Equal(first, second);
        Assert.NotEqual(first, Bootstrap.Interval(Scores, seed: 7));
    }

    [Fact]
    public void IntervalSurroundsTheMeanAndStaysInsideTheData()
    {
        var interval = Bootstrap.Interval(Scores);
        Assert.Equal(Scores.Average(), interval.Mean, 1e-12);
        Assert.InRange(interval.Low, Scores.Min(), interval.Mean);
        Assert.InRange(interval.High, interval.Mean, Scores.Max());
        // The standard error of this sample is about 0.015; a 95% interval spans roughly ±2 of them.
        Assert.InRange(interval.HalfWidth, 0.015, 0.045);
    }

    [Fact]
    public void ConstantScoresHaveNoSpread()
    {
        var interval = Bootstrap.Interval([0.5, 0.5, 0.5]);
        Assert.Equal(new MeanInterval(0.5, 0.5, 0.5), interval);
    }

    [Fact]
    public void PercentileInterpolatesBetweenRanksAsNumpyDoes()
    {
        double[] sorted = [1, 2, 3, 4];
        Assert.Equal(1.075, Bootstrap.Percentile(sorted, 2.5), 1e-12);
        Assert.Equal(3.925, Bootstrap.Percentile(sorted, 97.5), 1e-12);
    }
}
