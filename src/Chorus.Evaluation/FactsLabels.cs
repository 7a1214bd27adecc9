using System.Text.Json;
using System.Text.Json.Serialization;
using Chorus.Core.Documents;

namespace Chorus.Evaluation;

/// <summary>
/// A labelled fact file: the facts a reader lists from a folder of articles (samples/labels/*.facts.json). A kind
/// left out of the file (null) is not labelled and not scored.
/// </summary>
public sealed record FactsLabels(
    int SchemaVersion,
    string Articles,
    IReadOnlyList<LabelledQuantity>? Quantities,
    IReadOnlyList<LabelledQuote>? Quotes,
    IReadOnlyList<LabelledEntity>? Entities,
    IReadOnlyList<LabelledDate>? Dates,
    IReadOnlyList<LabelledConflict>? Conflicts)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>Reads a label file; a missing or malformed one is a problem naming the file, never an exception.</summary>
    public static InputResult<FactsLabels> Load(string path)
    {
        try
        {
            var labels = JsonSerializer.Deserialize<FactsLabels>(File.ReadAllText(path), Json);
            if (labels is null || labels.Articles is null
                || (labels.Quantities is null && labels.Quotes is null && labels.Entities is null && labels.Dates is null && labels.Conflicts is null))
            {
                return InputResult.Failure<FactsLabels>(path, "not a fact label file (needs articles and at least one of quantities, quotes, entities, dates, conflicts)", ProblemSeverity.Error);
            }

            return InputResult.Success(labels);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return InputResult.Failure<FactsLabels>(path, "cannot read labels: " + e.Message, ProblemSeverity.Error);
        }
    }
}

public sealed record LabelledQuantity(string Phrase, string Counted);

public sealed record LabelledQuote(string? Speaker, string Text);

public sealed record LabelledEntity(string Type, IReadOnlyList<string> Variants);

/// <summary>A date of one file: "YYYY-MM-DD", "YYYY" (the year) or "FROM/TO".</summary>
public sealed record LabelledDate(string File, string Phrase, string Date);

/// <summary>A conflict: the counted noun and the values of each side.</summary>
public sealed record LabelledConflict(string Counted, IReadOnlyList<IReadOnlyList<string>> Sides);
