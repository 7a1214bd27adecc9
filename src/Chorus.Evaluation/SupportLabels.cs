using System.Text.Json;
using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Text;

namespace Chorus.Evaluation;

/// <summary>The three judgments of a (claim sentence, source article) pair (docs/LABELS.md).</summary>
public enum SupportLabel
{
    Silent,
    Supports,
    Disputes,
}

/// <summary>
/// One labelled pair: the claim sentence as the brief path reads it (wraps joined, wire quotes read), the sentences
/// of the source article as the brief path splits them, and the person's judgment.
/// </summary>
public sealed record SupportCase(string Id, string Cluster, string ClaimKind, string Claim, IReadOnlyList<string> Source, SupportLabel Label, bool Partial);

/// <summary>
/// Reads <c>support.labels.json</c> (docs/LABELS.md): each claim span is checked against its hash in the raw text of
/// its data set (a DUC line's article or a sample file) and read through the same cleaning and sentence splitting as
/// <c>chorus brief</c>, so the judge sees what it sees in a brief.
/// </summary>
public static class SupportLabels
{
    public static InputResult<IReadOnlyList<SupportCase>> Read(string labelsPath)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(labelsPath));
            var root = json.RootElement;
            var folder = Path.GetDirectoryName(Path.GetFullPath(labelsPath))!;
            var texts = new Dictionary<(string Dataset, string Cluster), Dictionary<string, string>>();
            var sentences = new Dictionary<(string, string, string), IReadOnlyList<string>>();
            var cases = new List<SupportCase>();
            foreach (var pair in root.GetProperty("pairs").EnumerateArray())
            {
                var dataset = pair.GetProperty("dataset").GetString()!;
                var cluster = pair.GetProperty("cluster").GetString()!;
                var key = (dataset, cluster);
                if (!texts.TryGetValue(key, out var articles))
                {
                    var path = Path.GetFullPath(Path.Combine(folder, root.GetProperty("datasets").GetProperty(dataset).GetProperty("path").GetString()!));
                    var read = ArticlesOf(path, cluster);
                    if (!read.Succeeded)
                    {
                        return read.Problem;
                    }

                    texts[key] = articles = read.Value;
                }

                var id = pair.GetProperty("id").GetString()!;
                var claim = pair.GetProperty("claim");
                var claimArticle = claim.GetProperty("article").GetString()!;
                var sourceArticle = pair.GetProperty("source").GetProperty("article").GetString()!;
                if (!articles.TryGetValue(claimArticle, out var claimText) || !articles.TryGetValue(sourceArticle, out var sourceText))
                {
                    return InputResult.Failure<IReadOnlyList<SupportCase>>(labelsPath, $"pair {id} names an article that {cluster} does not hold", ProblemSeverity.Error);
                }

                var (start, end) = (claim.GetProperty("start").GetInt32(), claim.GetProperty("end").GetInt32());
                if (start < 0 || end > claimText.Length || start >= end || FactsLabelArticles.Hash(claimText[start..end]) != claim.GetProperty("sha256").GetString())
                {
                    return InputResult.Failure<IReadOnlyList<SupportCase>>(labelsPath, $"pair {id}: span {start}-{end} of article {claimArticle} does not match its hash (the data set changed, or the offsets are read against cleaned text)", ProblemSeverity.Error);
                }

                if (!sentences.TryGetValue((dataset, cluster, sourceArticle), out var source))
                {
                    sentences[(dataset, cluster, sourceArticle)] = source = SentencesOf(sourceArticle, sourceText);
                }

                cases.Add(new SupportCase(
                    id,
                    cluster,
                    pair.TryGetProperty("claimKind", out var kind) ? kind.GetString() ?? "" : "",
                    ClaimText(claimText[start..end]),
                    source,
                    Enum.Parse<SupportLabel>(pair.GetProperty("label").GetString()!, ignoreCase: true),
                    pair.TryGetProperty("partial", out var partial) && partial.ValueKind == JsonValueKind.True));
            }

            return InputResult.Success<IReadOnlyList<SupportCase>>(cases);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or IOException or InvalidDataException)
        {
            return InputResult.Failure<IReadOnlyList<SupportCase>>(labelsPath, $"not a support label file: {e.Message}", ProblemSeverity.Error);
        }
    }

    /// <summary>
    /// A claim span as one sentence: its wrapped lines joined and wire quotes read as <see cref="ProseLines"/> reads
    /// them (the reader would take a lone span's first line for a title).
    /// </summary>
    private static string ClaimText(string span) =>
        ProseLines.NewswireQuotes(string.Join(' ', span.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>The sentences of a text as the brief path reads a plain-text article.</summary>
    private static List<string> SentencesOf(string name, string text) =>
        BriefPipeline.SummaryDocumentsOf([new RawDocument(name, text, ContentKind.PlainText)])
            .SelectMany(d => d.Sentences).Select(s => s.Text).ToList();

    /// <summary>A data-set line's articles by doc index, or a folder's files by file name.</summary>
    private static InputResult<Dictionary<string, string>> ArticlesOf(string path, string cluster)
    {
        if (Directory.Exists(path))
        {
            return InputResult.Success(Directory.EnumerateFiles(path).ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal));
        }

        if (!File.Exists(path))
        {
            return InputResult.Failure<Dictionary<string, string>>(path, "the labels' data set is not here", ProblemSeverity.Error);
        }

        var line = JsonLines.Read(path).FirstOrDefault(l => l.Text.Contains($"\"{cluster}\"", StringComparison.Ordinal));
        return line.Text is null
            ? InputResult.Failure<Dictionary<string, string>>(path, $"cluster {cluster} is not a line of it", ProblemSeverity.Error)
            : JsonLines.ParseLine($"{path}:{line.Number}", line.Text, "a cluster line with articles", FactsLabelArticles.ArticleTexts);
    }
}
