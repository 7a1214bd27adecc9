using System.Text.Json;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Summarization;
using static Chorus.Evaluation.JsonFields;

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

    /// <summary>
    /// Every cluster that could be read, each malformed line a problem named <c>path:line</c> in
    /// <see cref="SummarizationDataSet.Problems"/>; or one problem naming the file when it cannot be read at all.
    /// </summary>
    public static InputResult<SummarizationDataSet> Read(string path)
    {
        try
        {
            var raw = RawByLine(path);
            var clusterLines = JsonLines.Read(path)
                .Select(line => JsonLines.ParseLine($"{path}:{line.Number}", line.Text, "a cluster", ParseCluster)
                    .Select(cluster => cluster with { Raw = raw.GetValueOrDefault(line.Number, []) }))
                .ToList();
            var publishedPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".", PublishedFileName);
            var publishedLines = File.Exists(publishedPath) ? JsonLines.Parse(publishedPath, "a system summary", ParsePublished).ToList() : [];
            return InputResult.Success(new SummarizationDataSet(
                path,
                clusterLines.Values().ToList(),
                publishedLines.Values().ToList(),
                BudgetFor(path),
                clusterLines.Problems().Concat(publishedLines.Problems()).ToList()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputResult.Failure<SummarizationDataSet>(path, "cannot be read: " + e.Message, ProblemSeverity.Error);
        }
    }

    /// <summary>
    /// The articles of every line of the file as <c>chorus brief FILE</c> reads them (the same input loader, no
    /// fetching), by line number: a data-set line's articles are named <c>FILE:LINE#N</c>.
    /// </summary>
    private static Dictionary<int, List<RawDocument>> RawByLine(string path) =>
        InputLoader.Load([path], new InputOptions { FetchAllowed = false }).Documents
            .Select(d => (Line: LineOf(d.Origin), Document: d))
            .Where(d => d.Line > 0)
            .GroupBy(d => d.Line)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Document).ToList());

    private static int LineOf(string origin)
    {
        var hash = origin.LastIndexOf('#');
        var colon = hash > 0 ? origin.LastIndexOf(':', hash) : -1;
        return colon >= 0 && int.TryParse(origin.AsSpan(colon + 1, hash - colon - 1), out var line) ? line : 0;
    }

    /// <summary>The length rule of a data set: DUC's 665 bytes for DUC data, else a word budget.</summary>
    public static SummaryBudget BudgetFor(string path) =>
        System.IO.Path.GetFullPath(path).Contains("duc", StringComparison.OrdinalIgnoreCase)
            ? SummaryBudget.OfBytes(DucBytes)
            : SummaryBudget.OfWords(DefaultWords);

    private static SummarizationCluster ParseCluster(JsonElement root)
    {
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

    private static PublishedSummary ParsePublished(JsonElement root) =>
        new(RequiredString(root, "system"), RequiredString(root, "id"), RequiredString(root, "summary"));
}
