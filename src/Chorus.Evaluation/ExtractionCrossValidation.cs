using Chorus.Core.Extraction;

namespace Chorus.Evaluation;

/// <summary>One point of the extractor's settings grid: a readable name and the options it stands for.</summary>
public sealed record ExtractionSetting(string Name, ExtractionOptions Options);

/// <summary>One fold: the setting chosen on the other folds, and its scores on this fold's pages.</summary>
public sealed record ExtractionFold(int Fold, string Chosen, ExtractionScores Train, ExtractionScores HeldOut);

/// <summary>
/// A k-fold cross-validation of the extractor's settings: each fold's held-out scores, their mean and spread,
/// every page scored with the setting chosen without it, the whole half under the shipped defaults, and every grid
/// setting's score on the whole half (for reading the knobs, not for choosing).
/// </summary>
public sealed record ExtractionCrossValidationReport(
    IReadOnlyList<ExtractionFold> Folds,
    IReadOnlyList<ExtractionSetting> Grid,
    ExtractionScores Pooled,
    ExtractionScores Defaults,
    IReadOnlyList<PageScore> HeldOutPages,
    IReadOnlyList<ExtractionScores> GridScores)
{
    public Spread F1 => Spread.Of(Folds.Select(f => f.HeldOut.F1));

    public Spread Precision => Spread.Of(Folds.Select(f => f.HeldOut.Precision));

    public Spread Recall => Spread.Of(Folds.Select(f => f.HeldOut.Recall));
}

/// <summary>The mean and the sample standard deviation of a few fold scores.</summary>
public readonly record struct Spread(double Mean, double StdDev)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var list = values.ToList();
        var mean = list.Average();
        var variance = list.Count > 1 ? list.Sum(v => (v - mean) * (v - mean)) / (list.Count - 1) : 0;
        return new Spread(mean, Math.Sqrt(variance));
    }
}

/// <summary>
/// Chooses the extractor's settings by k-fold cross-validation over a benchmark half: pages are dealt to folds in
/// id order; for each fold the grid setting with the best F1 on the other folds is scored on the fold itself, so
/// every reported score comes from pages that played no part in choosing the setting.
/// </summary>
public static class ExtractionCrossValidation
{
    public static ExtractionCrossValidationReport Run(ExtractionDataSet data, int folds, IReadOnlyList<ExtractionSetting> grid)
    {
        if (folds < 2 || folds > data.Pages.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, $"folds must be between 2 and the number of pages ({data.Pages.Count})");
        }

        var html = data.Pages.Select(data.Html).ToList();
        var overlaps = grid
            .Select(setting => data.Pages
                .Select((page, i) => ExtractionMetric.Compare(page.Truth, HtmlArticleExtractor.Extract(html[i], page.Url, setting.Options).BodyText))
                .ToArray())
            .ToList();
        var foldOf = Enumerable.Range(0, data.Pages.Count).Select(i => i % folds).ToArray();
        var results = new List<ExtractionFold>();
        var heldOut = new PageOverlap[data.Pages.Count];
        var heldOutPages = new PageScore[data.Pages.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var train = Enumerable.Range(0, data.Pages.Count).Where(i => foldOf[i] != fold).ToList();
            var test = Enumerable.Range(0, data.Pages.Count).Where(i => foldOf[i] == fold).ToList();
            var trainScores = overlaps.Select(o => ExtractionMetric.Aggregate(train.Select(i => o[i]).ToList())).ToList();
            var best = 0;
            for (var s = 1; s < grid.Count; s++)
            {
                if (trainScores[s].F1 > trainScores[best].F1)
                {
                    best = s;
                }
            }

            foreach (var i in test)
            {
                heldOut[i] = overlaps[best][i];
                var page = data.Pages[i];
                heldOutPages[i] = new PageScore(page.Id, page.Url, ExtractionMetric.PagePrecision(heldOut[i]), ExtractionMetric.PageRecall(heldOut[i]));
            }

            var testScores = ExtractionMetric.Aggregate(test.Select(i => overlaps[best][i]).ToList());
            results.Add(new ExtractionFold(fold + 1, grid[best].Name, trainScores[best], testScores));
        }

        var defaults = DefaultSettingScores(data, html, grid, overlaps);
        var gridScores = overlaps.Select(o => ExtractionMetric.Aggregate(o)).ToList();
        return new ExtractionCrossValidationReport(results, grid, ExtractionMetric.Aggregate(heldOut), defaults, heldOutPages, gridScores);
    }

    /// <summary>The shipped defaults on the whole half, reusing the grid's run when the defaults are one of its points.</summary>
    private static ExtractionScores DefaultSettingScores(ExtractionDataSet data, List<string> html, IReadOnlyList<ExtractionSetting> grid, List<PageOverlap[]> overlaps)
    {
        var defaults = new ExtractionOptions();
        var index = grid.ToList().FindIndex(s => s.Options == defaults);
        return index >= 0
            ? ExtractionMetric.Aggregate(overlaps[index])
            : ExtractionMetric.Aggregate(data.Pages.Select((p, i) => ExtractionMetric.Compare(p.Truth, HtmlArticleExtractor.Extract(html[i], p.Url, defaults).BodyText)).ToList());
    }
}
