using System.Text.Json.Serialization;

#pragma warning disable SA1649 // The DTOs are the JSON schema of the evaluation reports; they live together.
namespace Chorus.Evaluation;

/// <summary>Precision, recall and F1 of one ROUGE variant for one case.</summary>
internal sealed record ScoreDto(double Precision, double Recall, double Fmeasure);

/// <summary>One value per ROUGE variant, in rouge_score's order.</summary>
internal sealed record VariantsDto<T>(T Rouge1, T Rouge2, T RougeL, T RougeLsum);

internal sealed record ScoreLineDto(string? Id, int Line, VariantsDto<ScoreDto> Scores);

internal sealed record SummaryLineDto(string System, string Id, string Summary, double Rouge1, double Rouge2);

/// <summary>
/// The summarization report. <c>words</c> and <c>bytes</c> are both written, the unused one as null;
/// <c>reference</c> names the system every <c>versusChorus</c> is measured against.
/// </summary>
internal sealed record SummarizationReportDto(
    int SchemaVersion,
    string Data,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Words,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Bytes,
    IReadOnlyList<SystemDto> Systems)
{
    public string? Reference { get; init; }
}

/// <summary>Mean precision and recall over clusters, mean F1 with its 95% bootstrap interval.</summary>
internal sealed record AggregateDto(double Precision, double Recall, double Fmeasure, double FmeasureLow, double FmeasureHigh);

internal sealed record SystemDto(string Name, bool Published, int Clusters, AggregateDto Rouge1, AggregateDto Rouge2, AggregateDto RougeL, AggregateDto RougeLsum)
{
    public ComparisonDto? VersusChorus { get; init; }
}

/// <summary>The reference minus this system, per cluster: mean difference with its paired bootstrap interval.</summary>
internal sealed record ComparisonDto(
    int Clusters,
    double Rouge1Delta,
    double Rouge1DeltaLow,
    double Rouge1DeltaHigh,
    bool Rouge1BeyondHalfWidth,
    double Rouge2Delta,
    double Rouge2DeltaLow,
    double Rouge2DeltaHigh,
    bool Rouge2BeyondHalfWidth);

internal sealed record FactsReportDto(int SchemaVersion, string Labels, IReadOnlyList<FactKindDto> Kinds);

internal sealed record FactKindDto(string Kind, double Precision, double Recall, double F1, int Correct, int Found, int Expected, IReadOnlyList<string> Missed, IReadOnlyList<string> Wrong);

internal sealed record ClusteringReportDto(
    int SchemaVersion,
    string Data,
    int Articles,
    PrecisionRecallDto Bcubed,
    double PairwiseF1,
    double Ari,
    int GoldStories,
    int FoundStories,
    double ArticlesPerSecond,
    ThresholdsDto Thresholds);

internal sealed record PrecisionRecallDto(double Precision, double Recall, double F1);

internal sealed record ThresholdsDto(double MinScore, double ShortTextMinScore, double MergeScore, double EntityWeight, double DecayHalfLifeHours, double CloseAfterHours, string Representation, double DenseWeight, double LongTextDenseWeight);

internal sealed record ExtractionReportDto(
    int SchemaVersion,
    string DataSet,
    ExtractionScoresDto Chorus,
    double PagesPerSecond,
    IReadOnlyList<PublishedExtractorDto> Published,
    IReadOnlyList<PageScoreDto> Pages,
    ExtractionCrossValidationDto? CrossValidation,
    MetadataReportDto? Metadata);

internal sealed record MetadataReportDto(
    string Labels,
    int Pages,
    double Date,
    double Authors,
    double AnyAuthor,
    int PagesWithAuthors,
    double Language,
    IReadOnlyList<MetadataPageDto> PerPage);

internal sealed record MetadataPageDto(
    string Id,
    string Url,
    string? LabelDate,
    string? Date,
    string? DateMethod,
    IReadOnlyList<string> LabelAuthors,
    string? Byline,
    string LabelLanguage,
    string? Language,
    string? LanguageMethod,
    bool DateRight,
    bool AuthorsRight,
    bool AnyAuthorFound,
    bool LanguageRight);

internal sealed record ExtractionCrossValidationDto(
    IReadOnlyList<ExtractionFoldDto> Folds,
    SpreadDto F1,
    SpreadDto Precision,
    SpreadDto Recall,
    ExtractionScoresDto Pooled,
    ExtractionScoresDto Defaults,
    IReadOnlyList<GridSettingDto> Grid,
    IReadOnlyList<PageScoreDto> HeldOutPages);

internal sealed record ExtractionFoldDto(int Fold, string Chosen, double TrainF1, ExtractionScoresDto HeldOut);

internal sealed record SpreadDto(double Mean, double StdDev);

internal sealed record GridSettingDto(string Name, ExtractionScoresDto Scores);

internal sealed record ExtractionScoresDto(double F1, double Precision, double Recall, double Accuracy, int Pages);

internal sealed record PublishedExtractorDto(string Extractor, string Version, double F1, double Precision, double Recall, double Accuracy);

internal sealed record PageScoreDto(string Id, string Url, double Precision, double Recall);

/// <summary>The source-generated description of every evaluation report and line.</summary>
[JsonSerializable(typeof(ScoreLineDto))]
[JsonSerializable(typeof(SummaryLineDto))]
[JsonSerializable(typeof(SummarizationReportDto))]
[JsonSerializable(typeof(FactsReportDto))]
[JsonSerializable(typeof(ClusteringReportDto))]
[JsonSerializable(typeof(ExtractionReportDto))]
[JsonSerializable(typeof(SupportReportDto))]
[JsonSerializable(typeof(SupportPairDto))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext;
