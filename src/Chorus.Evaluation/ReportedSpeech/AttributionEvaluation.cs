using System.Diagnostics;
using Chorus.Core.ReportedSpeech;

namespace Chorus.Evaluation.ReportedSpeech;

/// <summary>One system's attributions for one article.</summary>
public sealed record ArticlePredictions(string Id, IReadOnlyList<PredictedAttribution> Attributions);

/// <summary>A system's scores on the corpus: overall, per publisher, its predictions, and its extraction speed.</summary>
public sealed record AttributionSystemResult(
    string Name,
    AttributionScores Scores,
    IReadOnlyDictionary<string, AttributionScores> ByPublisher,
    IReadOnlyList<ArticlePredictions> Predictions,
    double ArticlesPerSecond);

/// <summary>The result of <c>chorus eval attribution</c>: Chorus and the quote baseline on the same articles.</summary>
public sealed record AttributionEvaluationResult(string Data, int Articles, int GoldRelations, IReadOnlyList<AttributionSystemResult> Systems)
{
    public AttributionSystemResult Chorus => Systems[0];
}

/// <summary>
/// Runs Chorus's attribution extractor and the quote baseline on every article's text and scores both with
/// <see cref="AttributionMetric"/>. Whether a prediction is direct is decided for every system by the corpus's own
/// rule (<see cref="CorpusDirectness"/>) on its content span, so both sides of the comparison use one definition.
/// </summary>
public static class AttributionEvaluation
{
    public const string ChorusName = "chorus";
    public const string BaselineName = "baseline";

    public static AttributionEvaluationResult Run(string data, IReadOnlyList<CorpusArticle> articles) =>
        new(data, articles.Count, articles.Sum(a => a.Attributions.Count(g => g.Content is not null)),
        [
            RunSystem(ChorusName, articles, ChorusAttributions),
            RunSystem(BaselineName, articles, a => QuoteBaseline.Extract(a.Text)),
        ]);

    /// <summary>Chorus's relations of one corpus article, in the evaluation's terms.</summary>
    public static List<PredictedAttribution> ChorusAttributions(CorpusArticle article) =>
        ReportedSpeechExtractor.Extract(article.Text)
            .Where(r => !r.Embedded)
            .Select(r => new PredictedAttribution(r.Content, r.Source, r.Cue, r.Direct, r.Speaker))
            .ToList();

    private static AttributionSystemResult RunSystem(string name, IReadOnlyList<CorpusArticle> articles, Func<CorpusArticle, List<PredictedAttribution>> extract)
    {
        var raw = new List<List<PredictedAttribution>>(articles.Count);
        var clock = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            raw.Add(extract(article));
        }

        clock.Stop();
        var total = AttributionScores.Zero;
        var byPublisher = new SortedDictionary<string, AttributionScores>(StringComparer.Ordinal);
        var predictions = new List<ArticlePredictions>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var scored = raw[i].Select(p => p with { Direct = CorpusDirectness.IsDirect(article.Text.AsSpan(p.Content.Start, p.Content.Length)) }).ToList();
            var scores = AttributionMetric.Score(article.Text, article.Attributions, scored);
            total = total.Add(scores);
            byPublisher[article.Publisher] = byPublisher.TryGetValue(article.Publisher, out var sum) ? sum.Add(scores) : scores;
            predictions.Add(new ArticlePredictions(article.Id, scored));
        }

        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        return new AttributionSystemResult(name, total, byPublisher, predictions, articles.Count / seconds);
    }
}
