using System.Text.Json;
using Chorus.Core.Rendering;

namespace Chorus.Evaluation;

/// <summary>The JSON form of an extraction evaluation: our scores, speed, the published scores, every page.</summary>
public static class ExtractionReportJson
{
    public const int SchemaVersion = 1;

    public static string Render(ExtractionReport report, string dataSet) => JsonSerializer.Serialize(
        new
        {
            SchemaVersion,
            DataSet = dataSet,
            Chorus = Scores(report.Ours),
            report.PagesPerSecond,
            Published = report.Published.Select(r => new { r.Extractor, r.Version, r.F1, r.Precision, r.Recall, r.Accuracy }),
            Pages = report.Pages.Select(p => new { p.Id, p.Url, p.Precision, p.Recall }),
        },
        BriefJson.Options) + "\n";

    private static object Scores(ExtractionScores s) => new { s.F1, s.Precision, s.Recall, s.Accuracy, s.Pages };
}
