using System.Text.Json;
using Chorus.Core.Rendering;

namespace Chorus.Evaluation;

/// <summary>The JSON form of an extraction evaluation: our scores, speed, the published scores, every page.</summary>
public static class ExtractionReportJson
{
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = JsonOutput.Options(EvaluationJsonContext.Default, indented: true);

    public static string Render(ExtractionReport report, string dataSet)
    {
        var o = report.Ours;
        return JsonOutput.Document(
            new ExtractionReportDto(
                SchemaVersion,
                dataSet,
                new ExtractionScoresDto(o.F1, o.Precision, o.Recall, o.Accuracy, o.Pages),
                report.PagesPerSecond,
                report.Published.Select(r => new PublishedExtractorDto(r.Extractor, r.Version, r.F1, r.Precision, r.Recall, r.Accuracy)).ToList(),
                report.Pages.Select(p => new PageScoreDto(p.Id, p.Url, p.Precision, p.Recall)).ToList()),
            Options);
    }
}
