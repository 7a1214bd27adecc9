using System.Text.Json;
using System.Text.Json.Serialization;
using Chorus.Core.Documents;

namespace Chorus.Evaluation;

/// <summary>
/// A labelled fact file: the facts a reader lists from a folder of articles (schema 1) or from one cluster of a
/// JSON-lines data set (schema 2: <see cref="Cluster"/> names the line, quotes point into the raw text by spans;
/// docs/LABELS.md). A kind left out of the file (null) is not labelled and not scored.
/// </summary>
public sealed record FactsLabels(
    int SchemaVersion,
    string Articles,
    string? Cluster,
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

/// <summary>A number and the noun it counts; <see cref="Of"/> is the whole of a part-of-whole ("64 of the 122 seats").</summary>
public sealed record LabelledQuantity(string Phrase, string Counted, string? Of = null);

/// <summary>
/// A quote and its speaker. Schema 1 writes the words (<see cref="Text"/>); schema 2 points at them by
/// <see cref="Mentions"/> (one per article carrying the quote) and the reader fills <see cref="Text"/> from the first.
/// </summary>
public sealed record LabelledQuote(string? Speaker, string? Text, IReadOnlyList<LabelledQuoteMention>? Mentions = null)
{
    /// <summary>Every wording of the quote: the written text, or each mention's words once read from the articles.</summary>
    public IReadOnlyList<string> Wordings { get; init; } = Text is null ? [] : [Text];
}

/// <summary>One article's wording of a quote: the spans of its pieces in the article's raw text.</summary>
public sealed record LabelledQuoteMention(string Article, IReadOnlyList<LabelledSpan> Spans);

/// <summary>A span of an article's raw text, <c>[Start, End)</c> in UTF-16 units, with the first 12 hex digits of its UTF-8 SHA-256.</summary>
public sealed record LabelledSpan(int Start, int End, string Sha256);

public sealed record LabelledEntity(string Type, IReadOnlyList<string> Variants);

/// <summary>
/// A date of one article (schema 1: <see cref="File"/>, schema 2: <see cref="Article"/>, the doc index):
/// "YYYY-MM-DD", "YYYY", "FROM/TO", or without a year "--MM-DD" / "--MM"; null when the phrase cannot be dated
/// from the article (a system should not date it).
/// </summary>
public sealed record LabelledDate(string? File, string? Article, string Phrase, string? Date)
{
    public string ArticleName => Article ?? File ?? "";
}

/// <summary>
/// A conflict: the values of each side, with the counted noun for a quantity conflict, or <see cref="Kind"/> "date"
/// (and no noun) for a date conflict.
/// </summary>
public sealed record LabelledConflict(string? Counted, IReadOnlyList<IReadOnlyList<string>> Sides, string? Kind = null, string? Event = null)
{
    public bool IsDate => string.Equals(Kind, "date", StringComparison.OrdinalIgnoreCase);
}
