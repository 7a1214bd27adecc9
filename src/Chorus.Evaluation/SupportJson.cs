using Chorus.Core.Corroboration;
using Chorus.Core.Rendering;

namespace Chorus.Evaluation;

internal sealed record JudgmentDto(double Precision, double Recall, double F1, int Correct, int Predicted, int Expected);

internal sealed record SupportScoresDto(JudgmentDto Supports, JudgmentDto Disputes, double Accuracy, int Pairs);

internal sealed record SupportSettingsDto(double Supports, double Related);

internal sealed record SupportFoldDto(string Cluster, SupportSettingsDto Chosen, SupportScoresDto HeldOut);

internal sealed record SupportCrossValidationDto(IReadOnlyList<SupportFoldDto> Folds, SupportScoresDto Pooled, SupportSettingsDto ChosenOnAllPairs, double SupportsF1Mean, double SupportsF1Spread, double DisputesF1Mean, double DisputesF1Spread);

internal sealed record SupportReportDto(int SchemaVersion, string Labels, SupportSettingsDto Settings, SupportScoresDto Scores, SupportCrossValidationDto? CrossValidation);

internal sealed record ClashDto(string Kind, string Claim, string Source);

internal sealed record SupportPairDto(string Id, string Cluster, string Label, string Verdict, double Score, IReadOnlyList<string> Evidence, ClashDto? Clash);

/// <summary>The report of <c>chorus eval support</c> and its one-line-per-pair verdicts.</summary>
public static class SupportJson
{
    public static string Report(string labels, SupportOptions settings, SupportScores scores, SupportCrossValidationResult? crossValidation) =>
        JsonOutput.Document(
            new SupportReportDto(EvaluationJson.SchemaVersion, labels, Settings(settings), Scores(scores), crossValidation is null ? null : CrossValidation(crossValidation)),
            JsonOutput.Options(EvaluationJsonContext.Default, indented: true));

    public static string PairLine(JudgedCase judged) => JsonOutput.Line(
        new SupportPairDto(
            judged.Case.Id,
            judged.Case.Cluster,
            judged.Case.Label.ToString().ToLowerInvariant(),
            judged.Verdict.Kind.ToString().ToLowerInvariant(),
            Math.Round(judged.Verdict.Score, 4),
            judged.Verdict.Evidence.Select(i => judged.Case.Source[i]).ToList(),
            judged.Verdict.Clash is { } clash ? new ClashDto(clash.Kind, clash.ClaimValue, clash.SourceValue) : null),
        JsonOutput.Options(EvaluationJsonContext.Default, indented: false));

    /// <summary>Mean and population standard deviation of a fold measure.</summary>
    public static (double Mean, double Spread) MeanAndSpread(IEnumerable<double> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return (0, 0);
        }

        var mean = list.Average();
        return (mean, Math.Sqrt(list.Average(v => (v - mean) * (v - mean))));
    }

    private static SupportCrossValidationDto CrossValidation(SupportCrossValidationResult result)
    {
        var (supportsMean, supportsSpread) = MeanAndSpread(result.Folds.Select(f => f.HeldOut.Supports.F1));
        var (disputesMean, disputesSpread) = MeanAndSpread(result.Folds.Where(f => f.HeldOut.Disputes.Expected > 0).Select(f => f.HeldOut.Disputes.F1));
        return new SupportCrossValidationDto(
            result.Folds.Select(f => new SupportFoldDto(f.Cluster, Settings(f.Chosen), Scores(f.HeldOut))).ToList(),
            Scores(result.Pooled),
            Settings(result.OnAllPairs),
            R(supportsMean), R(supportsSpread), R(disputesMean), R(disputesSpread));
    }

    private static SupportSettingsDto Settings(SupportOptions options) => new(options.Supports, options.Related);

    private static SupportScoresDto Scores(SupportScores scores) => new(Judgment(scores.Supports), Judgment(scores.Disputes), R(scores.Accuracy), scores.Pairs);

    private static JudgmentDto Judgment(JudgmentScore s) => new(R(s.Precision), R(s.Recall), R(s.F1), s.Correct, s.Predicted, s.Expected);

    private static double R(double value) => Math.Round(value, 4);
}
