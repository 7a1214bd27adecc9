using Chorus.Core.Tests.Support;
using Chorus.Evaluation;
using Xunit;

namespace Chorus.Core.Tests.Extraction;

public class ExtractionMetricTests
{
    private static readonly ExtractionDataSet Val = ExtractionDataSet.Load(Path.Combine(RepoPaths.Data, "article-extraction", "val")).Value;

    public static TheoryData<string> Published() => new(Val.PublishedExtractors());

    [Theory]
    [MemberData(nameof(Published))]
    public void ReproducesThePublishedScoresExactly(string extractor)
    {
        var reference = Val.ReferenceScores.Single(r => r.Extractor == extractor);
        var scores = ExtractionMetric.Score(Val.Truth, Val.PublishedOutput(extractor));
        Assert.Equal(reference.F1, Math.Round(scores.F1, 4));
        Assert.Equal(reference.Precision, Math.Round(scores.Precision, 4));
        Assert.Equal(reference.Recall, Math.Round(scores.Recall, 4));
        Assert.Equal(reference.Accuracy, Math.Round(scores.Accuracy, 4));
    }

    [Fact]
    public void TokensFollowPythonWordCharacters()
    {
        Assert.Equal(["Kabul", "s", "café", "1", "037", "x²", "snake_case"], ExtractionMetric.Tokens("Kabul’s café — 1,037; x² snake_case!"));
    }

    [Fact]
    public void ShortTextsAreOneShingleAndEmptyTextsNone()
    {
        Assert.Single(ExtractionMetric.Shingles(["a", "b"]));
        Assert.Empty(ExtractionMetric.Shingles([]));
        Assert.Equal(3, ExtractionMetric.Shingles(["a", "b", "c", "d", "e", "f"]).Count);
    }

    [Fact]
    public void PerPageOverlapIsNormalisedAndEdgeCasesFollowTheBenchmark()
    {
        var half = ExtractionMetric.Compare("one two three four five", "one two three four six");
        Assert.Equal(1.0 / 3, half.TruePositive, 9);
        Assert.Equal(1.0, ExtractionMetric.PagePrecision(ExtractionMetric.Compare("", "")));
        Assert.Equal(0.0, ExtractionMetric.PagePrecision(ExtractionMetric.Compare("a b c d", "")));
        Assert.True(ExtractionMetric.Compare("A, b c.", "A b  c").TokensEqual);
    }
}
