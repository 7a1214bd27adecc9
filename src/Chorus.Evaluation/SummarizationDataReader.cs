using System.Text.Json;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation;

/// <summary>
/// Reads a clusters.jsonl file (one cluster a line: id, articles with text, reference summaries) and the
/// system_summaries.jsonl of published outputs beside it. A malformed line is reported with its line number and
/// skipped; the rest is read.
/// </summary>
public static class SummarizationDataReader
{
    /// <summary>DUC 2004 Task 2 cut every summary at 665 bytes.</summary>
    public const int DucBytes = 665;

    /// <summary>Data sets without a byte rule get summaries of about the length of a DUC summary, in words.</summary>
    public const int DefaultWords = 100;

    public const string PublishedFileName = "system_summaries.jsonl";

    public static SummarizationDataSet Read(string path)
    {
        var problems = new List<string>();
        var clusters = new List<SummarizationCluster>();
        foreach (var (lineNumber, line) in JsonLines.Read(path))
        {
            try
            {
                clusters.Add(ParseCluster(line));
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or KeyNotFoundException)
            {
                problems.Add($"{path}:{lineNumber}: not a cluster: {e.Message}");
            }
        }

        var publishedPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".", PublishedFileName);
        var published = File.Exists(publishedPath) ? ReadPublished(publishedPath, problems) : [];
        return new SummarizationDataSet(path, clusters, published, BudgetFor(path), problems);
    }

    /// <summary>The length rule of a data set: DUC's 665 bytes for DUC data, else a word budget.</summary>
    public static SummaryBudget BudgetFor(string path) =>
        System.IO.Path.GetFullPath(path).Contains("duc", StringComparison.OrdinalIgnoreCase)
            ? SummaryBudget.OfBytes(DucBytes)
            : SummaryBudget.OfWords(DefaultWords);

    private static SummarizationCluster ParseCluster(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = RequiredString(root, "id");
        var articles = new List<ClusterArticle>();
        var position = 0;
        foreach (var article in Required(root, "articles", JsonValueKind.Array).EnumerateArray())
        {
            position++;
            var index = article.TryGetProperty("doc_index", out var di) && di.ValueKind == JsonValueKind.Number ? di.GetInt32() : position;
            articles.Add(new ClusterArticle(index, RequiredString(article, "text"), OptionalString(article, "title"),
                OptionalString(article, "source"), OptionalString(article, "date")));
        }

        var references = Required(root, "summaries", JsonValueKind.Array).EnumerateArray()
            .Select(s => s.ValueKind == JsonValueKind.String ? s.GetString()! : throw new InvalidDataException("a summary is not a string"))
            .ToList();
        if (articles.Count == 0 || references.Count == 0)
        {
            throw new InvalidDataException($"cluster {id} has no articles or no reference summaries");
        }

        return new SummarizationCluster(id, articles, references);
    }

    private static List<PublishedSummary> ReadPublished(string path, List<string> problems)
    {
        var published = new List<PublishedSummary>();
        foreach (var (lineNumber, line) in JsonLines.Read(path))
        {
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                published.Add(new PublishedSummary(RequiredString(root, "system"), RequiredString(root, "id"), RequiredString(root, "summary")));
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException)
            {
                problems.Add($"{path}:{lineNumber}: not a system summary: {e.Message}");
            }
        }

        return published;
    }

    private static JsonElement Required(JsonElement element, string name, JsonValueKind kind)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != kind)
        {
            throw new InvalidDataException($"\"{name}\" missing or not {kind.ToString().ToLowerInvariant()}");
        }

        return value;
    }

    private static string RequiredString(JsonElement element, string name) => Required(element, name, JsonValueKind.String).GetString()!;

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
