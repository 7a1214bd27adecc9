using Chorus.Evaluation;
using Xunit;

namespace Chorus.Core.Tests.Evaluation;

public class PairedComparisonTests
{
    private static RougeScores Scores(double rouge1, double rouge2) =>
        new(new RougeScore(rouge1, rouge1, rouge1), new RougeScore(rouge2, rouge2, rouge2), new RougeScore(0, 0, 0), new RougeScore(0, 0, 0));

    private static SystemEvaluation System(string name, params (string Id, double Rouge1, double Rouge2)[] clusters)
    {
        var results = clusters.Select(c => new ClusterResult(c.Id, "", Scores(c.Rouge1, c.Rouge2))).ToList();
        return new SystemEvaluation(name, false, results, SummarizationEvaluator.Aggregate(results.Select(r => r.Scores).ToList()), 1);
    }

    [Fact]
    public void ASmallButSteadyLeadIsSignificantWhenPairedThoughTheIntervalsOverlap()
    {
        double[] hardness = [0.25, 0.45, 0.30, 0.50, 0.35, 0.40, 0.28, 0.48, 0.33, 0.42];
        var ours = System("chorus", hardness.Select((h, i) => ($"c{i}", h + 0.01, h / 4 + 0.005)).ToArray());
        var theirs = System("lead", hardness.Select((h, i) => ($"c{i}", h, h / 4)).ToArray());

        var comparison = PairedComparison.Compare(ours, theirs);

        Assert.Equal(10, comparison.Clusters);
        Assert.Equal(0.01, comparison.Rouge1Delta.Mean, 1e-12);
        Assert.Equal(0.01, comparison.Rouge1Delta.Low, 1e-12);
        Assert.True(comparison.Rouge1Significant);
        Assert.True(comparison.Rouge2Significant);
        Assert.False(comparison.Rouge1BeyondHalfWidth);
        Assert.False(comparison.Rouge2BeyondHalfWidth);
    }

    [Fact]
    public void PairsOnlyTheClustersBothSystemsSummarized()
    {
        var ours = System("chorus", ("a", 0.4, 0.1), ("b", 0.5, 0.2), ("c", 0.3, 0.1));
        var theirs = System("published:X", ("c", 0.2, 0.05), ("a", 0.5, 0.1));

        var comparison = PairedComparison.Compare(ours, theirs);

        Assert.Equal(2, comparison.Clusters);
        Assert.Equal(0.0, comparison.Rouge1Delta.Mean, 1e-12);
        Assert.Equal(0.025, comparison.Rouge2Delta.Mean, 1e-12);
        Assert.False(comparison.Rouge1Significant);
    }

    [Fact]
    public void EverySystemIsComparedWithChorusAndTheSameInputGivesTheSameInterval()
    {
        var systems = new[]
        {
            System("lead", ("a", 0.3, 0.1), ("b", 0.35, 0.08), ("c", 0.33, 0.09)),
            System("chorus", ("a", 0.4, 0.1), ("b", 0.38, 0.12), ("c", 0.36, 0.1)),
            System("mmr", ("a", 0.39, 0.11), ("b", 0.36, 0.1), ("c", 0.37, 0.09)),
        };

        var first = PairedComparison.Against("chorus", systems);

        Assert.Equal(["lead", "mmr"], first.Select(c => c.Other));
        Assert.Equal(first, PairedComparison.Against("chorus", systems));
        Assert.Empty(PairedComparison.Against("chorus", systems.Where(s => s.Name != "chorus").ToList()));
    }
}
