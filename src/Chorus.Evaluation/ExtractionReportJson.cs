using System.Text.Json;
using Chorus.Core.Rendering;

namespace Chorus.Evaluation;

/// <summary>The JSON form of an extraction evaluation: our scores, speed, the published scores, every page.</summary>
public static class ExtractionReportJson
{
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = JsonOutput.Options(EvaluationJsonContext.Default, indented: true);

    public static string Render(ExtractionReport report, string dataSet, ExtractionCrossValidationReport? crossValidation = null)
    {
        var o = report.Ours;
        return JsonOutput.Document(
            new ExtractionReportDto(
                SchemaVersion,
                dataSet,
                Scores(o),
                report.PagesPerSecond,
                report.Published.Select(r => new PublishedExtractorDto(r.Extractor, r.Version, r.F1, r.Precision, r.Recall, r.Accuracy)).ToList(),
                report.Pages.Select(p => new PageScoreDto(p.Id, p.Url, p.Precision, p.Recall)).ToList(),
                crossValidation is null ? null : CrossValidation(crossValidation)),
            Options);
    }

    private static ExtractionCrossValidationDto CrossValidation(ExtractionCrossValidationReport report) => new(
        report.Folds.Select(f => new ExtractionFoldDto(f.Fold, f.Chosen, f.Train.F1, Scores(f.HeldOut))).ToList(),
        new SpreadDto(report.F1.Mean, report.F1.StdDev),
        new SpreadDto(report.Precision.Mean, report.Precision.StdDev),
        new SpreadDto(report.Recall.Mean, report.Recall.StdDev),
        Scores(report.Pooled),
        Scores(report.Defaults),
        report.Grid.Zip(report.GridScores, (s, scores) => new GridSettingDto(s.Name, Scores(scores))).ToList(),
        report.HeldOutPages.Select(p => new PageScoreDto(p.Id, p.Url, p.Precision, p.Recall)).ToList());

    private static ExtractionScoresDto Scores(ExtractionScores s) => new(s.F1, s.Precision, s.Recall, s.Accuracy, s.Pages);
}
