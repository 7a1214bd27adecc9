using System.Globalization;
using System.Text.Json;
using Chorus.Core.Documents;
using static Chorus.Evaluation.JsonFields;

namespace Chorus.Evaluation;

/// <summary>What a person read on one page: its publication day (null when none is stated), its authors and its body's language.</summary>
public sealed record PageMetadataLabel(string Id, DateOnly? Date, IReadOnlyList<string> Authors, string Language);

/// <summary>
/// The hand labels of page metadata (<c>samples/labels/extraction-metadata.labels.json</c>, docs/LABELS.md): a
/// <c>pages</c> object keyed by benchmark page id.
/// </summary>
public static class MetadataLabels
{
    /// <summary>The labels file in the repository's samples, looked for from the working directory.</summary>
    public static string DefaultPath { get; } = Path.Combine("samples", "labels", "extraction-metadata.labels.json");

    public static InputResult<IReadOnlyDictionary<string, PageMetadataLabel>> Load(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var labels = Required(json.RootElement, "pages", JsonValueKind.Object).EnumerateObject()
                .Select(p => Label(p.Name, p.Value))
                .ToDictionary(l => l.Id, StringComparer.Ordinal);
            return InputResult.Success<IReadOnlyDictionary<string, PageMetadataLabel>>(labels);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputResult.Failure<IReadOnlyDictionary<string, PageMetadataLabel>>(path, "cannot be read: " + e.Message, ProblemSeverity.Error);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or FormatException)
        {
            return InputResult.Failure<IReadOnlyDictionary<string, PageMetadataLabel>>(path, "not metadata labels (pages with date, authors, language): " + e.Message, ProblemSeverity.Error);
        }
    }

    private static PageMetadataLabel Label(string id, JsonElement page)
    {
        var date = OptionalString(page, "date") is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var authors = Required(page, "authors", JsonValueKind.Array).EnumerateArray().Select(a => a.GetString() ?? "").ToList();
        return new PageMetadataLabel(id, date, authors, RequiredString(page, "language"));
    }
}
