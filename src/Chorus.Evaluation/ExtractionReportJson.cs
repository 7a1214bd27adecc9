using System.Text.Json;
using Chorus.Core.Rendering;

namespace Chorus.Evaluation;

/// <summary>The JSON form of an extraction evaluation: our scores, speed, the published scores, every page.</summary>
public static class ExtractionReportJson
{
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = JsonOutput.Options(EvaluationJsonContext.Default, indented: true);

    public static string Render(ExtractionReport report, string dataSet, ExtractionCrossValidationReport? crossValidation = null, (string Labels, MetadataScores Scores)? metadata = null)
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
                crossValidation is null ? null : CrossValidation(crossValidation),
                metadata is { } m ? Metadata(m.Labels, m.Scores) : null),
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

    private static MetadataReportDto Metadata(string labels, MetadataScores scores) => new(
        labels,
        scores.Count,
        scores.Date,
        scores.Authors,
        scores.AnyAuthor,
        scores.PagesWithAuthors,
        scores.Language,
        scores.Pages.Select(p => new MetadataPageDto(
            p.Id, p.Url, Day(p.Label.Date), Day(p.Date), p.DateMethod, p.Label.Authors, p.Byline, p.Label.Language, p.Language, p.LanguageMethod,
            p.DateRight, p.AuthorsRight, p.AnyAuthorFound, p.LanguageRight)).ToList());

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static ExtractionScoresDto Scores(ExtractionScores s) => new(s.F1, s.Precision, s.Recall, s.Accuracy, s.Pages);
}
