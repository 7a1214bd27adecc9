using System.Diagnostics;
using System.Text;
using Chorus.Core.Extraction;

namespace Chorus.Evaluation;

/// <summary>Our extractor's score on one page, for finding where it goes wrong.</summary>
public sealed record PageScore(string Id, string Url, double Precision, double Recall);

/// <summary>Our extractor's scores on a benchmark half, its speed, and the published extractors' scores beside it.</summary>
public sealed record ExtractionReport(
    ExtractionScores Ours,
    double PagesPerSecond,
    IReadOnlyList<ReferenceScore> Published,
    IReadOnlyList<PageScore> Pages);

/// <summary>Runs <see cref="HtmlArticleExtractor"/> over every page of a benchmark half and scores it.</summary>
public static class ExtractionBenchmark
{
    public static ExtractionReport Run(ExtractionDataSet data, ExtractionOptions? options = null)
    {
        var html = data.Pages.ToDictionary(p => p.Id, p => Encoding.UTF8.GetString(data.HtmlBytes(p)));
        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = Stopwatch.GetTimestamp();
        foreach (var page in data.Pages)
        {
            predictions[page.Id] = HtmlArticleExtractor.Extract(html[page.Id], page.Url, options).BodyText;
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        var perPage = data.Pages
            .Select(p => (Page: p, Overlap: ExtractionMetric.Compare(p.Truth, predictions[p.Id])))
            .Select(x => new PageScore(x.Page.Id, x.Page.Url, ExtractionMetric.PagePrecision(x.Overlap), ExtractionMetric.PageRecall(x.Overlap)))
            .ToList();
        var scores = ExtractionMetric.Score(data.Truth, predictions);
        var pagesPerSecond = elapsed.TotalSeconds > 0 ? data.Pages.Count / elapsed.TotalSeconds : 0;
        return new ExtractionReport(scores, pagesPerSecond, data.ReferenceScores, perPage);
    }
}
