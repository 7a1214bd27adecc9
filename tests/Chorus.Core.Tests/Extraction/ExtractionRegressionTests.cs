using Chorus.Core.Extraction;
using Chorus.Core.Tests.Support;
using Chorus.Evaluation;
using Xunit;

namespace Chorus.Core.Tests.Extraction;

/// <summary>Our extractor on a fixed handful of the benchmark's validation pages must stay above a floor.</summary>
public class ExtractionRegressionTests
{
    /// <summary>The score of this build on these pages is well above it; a drop below means a regression.</summary>
    private const double F1Floor = 0.93;

    [Fact]
    public void HandfulOfValidationPagesScoreAboveTheFloor()
    {
        var data = ExtractionDataSet.Load(Path.Combine(RepoPaths.Data, "article-extraction", "val")).Value;
        var pages = data.Pages.Where((_, i) => i % 9 == 0).ToList();
        var predictions = pages.ToDictionary(p => p.Id, p => HtmlArticleExtractor.Extract(data.Html(p), p.Url).BodyText);
        var scores = ExtractionMetric.Score(pages.ToDictionary(p => p.Id, p => p.Truth), predictions);
        Assert.Equal(10, pages.Count);
        Assert.True(scores.F1 >= F1Floor, $"F1 {scores.F1:0.000} (P {scores.Precision:0.000}, R {scores.Recall:0.000}) is below {F1Floor}");
    }

    /// <summary>
    /// Held out by fold, the settings chosen on the other folds must stay above the floor too: a grid point that only
    /// wins by fitting some pages shows here. A third of the pages keeps the test quick.
    /// </summary>
    [Fact]
    public void CrossValidatedSettingsScoreAboveTheFloorOnHeldOutPages()
    {
        var data = ExtractionDataSet.Load(Path.Combine(RepoPaths.Data, "article-extraction", "val")).Value;
        var third = data.WithPages([.. data.Pages.Where((_, i) => i % 3 == 0)]);
        var report = ExtractionCrossValidation.Run(third, 3, ExtractionGrid.Default);

        Assert.Equal(3, report.Folds.Count);
        Assert.Equal(third.Pages.Count, report.HeldOutPages.Count);
        Assert.All(report.Folds, f => Assert.Contains(f.Chosen, ExtractionGrid.Default.Select(g => g.Name)));
        Assert.True(report.Pooled.F1 >= F1Floor, $"held-out F1 {report.Pooled.F1:0.000} is below {F1Floor}");
        Assert.True(report.F1.Mean >= F1Floor, $"fold mean F1 {report.F1.Mean:0.000} ± {report.F1.StdDev:0.000} is below {F1Floor}");
    }

    [Fact]
    public void NoValidationPageIsRefusedAsTooDeeplyNested()
    {
        var data = ExtractionDataSet.Load(Path.Combine(RepoPaths.Data, "article-extraction", "val")).Value;
        var deepest = data.Pages.Max(p => HtmlNesting.EstimateDepth(data.Html(p)));
        Assert.InRange(deepest, 10, HtmlNesting.MaxDepth / 2);
    }
}
