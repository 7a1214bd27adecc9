using Chorus.Evaluation;
using Xunit;

namespace Chorus.Core.Tests.Clustering;

/// <summary>The clustering metrics on small examples worked out by hand.</summary>
public sealed class ClusteringMetricsTests
{
    // Gold: A = {1,2,3}, B = {4,5}. Found: X = {1,2}, Y = {3,4,5}.
    private static readonly (string, string)[] Example = [("A", "X"), ("A", "X"), ("A", "Y"), ("B", "Y"), ("B", "Y")];

    [Fact]
    public void BCubedOfASmallExample()
    {
        // Precision per item: 1,2 → 2/2; 3 → 1/3; 4,5 → 2/3. Mean = (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15.
        // Recall per item: 1,2 → 2/3; 3 → 1/3; 4,5 → 2/2. Mean = (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15.
        var scores = ClusteringMetrics.Score<string, string>(Example);
        Assert.Equal(11.0 / 15, scores.BCubed.Precision, 10);
        Assert.Equal(11.0 / 15, scores.BCubed.Recall, 10);
        Assert.Equal(11.0 / 15, scores.BCubed.F1, 10);
        Assert.Equal(2, scores.GoldClusters);
        Assert.Equal(2, scores.FoundClusters);
    }

    [Fact]
    public void PairwiseF1AndAdjustedRandOfASmallExample()
    {
        // Pairs together in found: X 1, Y 3 → 4; in gold: A 3, B 1 → 4; in both: (1,2) and (4,5) → 2.
        // Pairwise precision 2/4, recall 2/4, F1 0.5.
        // ARI: index 2, expected 4·4/10 = 1.6, max (4+4)/2 = 4 → (2 − 1.6) / (4 − 1.6) = 1/6.
        var scores = ClusteringMetrics.Score<string, string>(Example);
        Assert.Equal(0.5, scores.PairwiseF1, 10);
        Assert.Equal(1.0 / 6, scores.AdjustedRandIndex, 10);
    }

    [Fact]
    public void PerfectAndAllInOneClusterings()
    {
        var perfect = ClusteringMetrics.Score<string, int>([("A", 1), ("A", 1), ("B", 2), ("B", 2)]);
        Assert.Equal(1.0, perfect.BCubed.F1, 10);
        Assert.Equal(1.0, perfect.PairwiseF1, 10);
        Assert.Equal(1.0, perfect.AdjustedRandIndex, 10);

        // Everything in one found cluster: recall 1, precision per item 2/4 → 0.5; ARI 0 (no better than chance).
        var lumped = ClusteringMetrics.Score<string, int>([("A", 1), ("A", 1), ("B", 1), ("B", 1)]);
        Assert.Equal(0.5, lumped.BCubed.Precision, 10);
        Assert.Equal(1.0, lumped.BCubed.Recall, 10);
        Assert.Equal(2 * 0.5 / 1.5, lumped.BCubed.F1, 10);
        Assert.Equal(0.0, lumped.AdjustedRandIndex, 10);
    }
}
