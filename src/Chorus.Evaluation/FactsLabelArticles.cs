using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Chorus.Core.Documents;

namespace Chorus.Evaluation;

/// <summary>The articles a schema 2 label file is about, as raw documents, and the labels with their quotes' words read.</summary>
public sealed record LabelledCluster(FactsLabels Labels, IReadOnlyList<RawDocument> Documents);

/// <summary>
/// Reads the articles of a schema 2 fact label file: the line of the JSON-lines data set whose <c>id</c> is the
/// label's cluster. Each article is named by its <c>doc_index</c> (its 1-based position when absent), which ends
/// its origin (<c>clusters.jsonl:LINE#N</c>, as Chorus names articles of a data-set line). Every quote span is
/// checked against its hash and its words are read, so a label read against another text is refused, not scored.
/// </summary>
public static class FactsLabelArticles
{
    /// <remarks>The texts are passed on raw: the brief path's text reader joins hard-wrapped lines and reads ``…'' quotes itself.</remarks>
    public static InputResult<LabelledCluster> Read(string labelsPath, FactsLabels labels)
    {
        if (labels.Cluster is null)
        {
            return InputResult.Failure<LabelledCluster>(labelsPath, "schema 2 labels need a cluster (the id of a line of the articles file)", ProblemSeverity.Error);
        }

        var dataPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(labelsPath))!, labels.Articles));
        if (!File.Exists(dataPath))
        {
            return InputResult.Failure<LabelledCluster>(labelsPath, $"its articles file {dataPath} does not exist", ProblemSeverity.Error);
        }

        var line = JsonLines.Read(dataPath).FirstOrDefault(l => LineId(l.Text) == labels.Cluster);
        if (line.Text is null)
        {
            return InputResult.Failure<LabelledCluster>(labelsPath, $"cluster {labels.Cluster} is not a line of {dataPath}", ProblemSeverity.Error);
        }

        var texts = JsonLines.ParseLine($"{dataPath}:{line.Number}", line.Text, "a cluster line with articles", ArticleTexts);
        return texts.Then(articles => WithQuoteWords(labelsPath, labels, articles).Select(read => new LabelledCluster(
            read,
            articles.Select(a => new RawDocument($"{dataPath}:{line.Number}#{a.Key}", a.Value, ContentKind.PlainText)).ToList())));
    }

    /// <summary>The label name of an article from its origin: the doc index after '#' of a data-set line, else the file name.</summary>
    public static string ArticleName(string origin)
    {
        var hash = origin.LastIndexOf('#');
        return hash > 0 && origin.LastIndexOf(".jsonl:", StringComparison.Ordinal) is var jsonl && jsonl > 0 && jsonl < hash
            ? origin[(hash + 1)..]
            : Path.GetFileName(origin);
    }

    private static string? LineId(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static Dictionary<string, string> ArticleTexts(JsonElement root)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var article in root.GetProperty("articles").EnumerateArray())
        {
            position++;
            var name = article.TryGetProperty("doc_index", out var index) && index.ValueKind == JsonValueKind.Number
                ? index.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)
                : position.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result[name] = article.GetProperty("text").GetString() ?? throw new InvalidDataException($"article {name} has no text");
        }

        return result;
    }

    private static InputResult<FactsLabels> WithQuoteWords(string labelsPath, FactsLabels labels, Dictionary<string, string> articles)
    {
        if (labels.Quotes is null)
        {
            return InputResult.Success(labels);
        }

        var quotes = new List<LabelledQuote>();
        foreach (var quote in labels.Quotes)
        {
            var wordings = new List<string>();
            foreach (var mention in quote.Mentions ?? [])
            {
                var pieces = new List<string>();
                foreach (var span in mention.Spans)
                {
                    if (!articles.TryGetValue(mention.Article, out var text))
                    {
                        return InputResult.Failure<FactsLabels>(labelsPath, $"quote of {quote.Speaker ?? "an unnamed speaker"} names article {mention.Article}, which cluster {labels.Cluster} does not hold", ProblemSeverity.Error);
                    }

                    if (span.Start < 0 || span.End > text.Length || span.Start >= span.End || Hash(text[span.Start..span.End]) != span.Sha256)
                    {
                        return InputResult.Failure<FactsLabels>(labelsPath, $"span {span.Start}-{span.End} of article {mention.Article} does not match its hash {span.Sha256} (the data set changed, or the offsets are read against cleaned text)", ProblemSeverity.Error);
                    }

                    pieces.Add(QuoteWords(text[span.Start..span.End]));
                }

                wordings.Add(string.Join(' ', pieces));
            }

            quotes.Add(wordings.Count == 0 ? quote : quote with { Text = wordings[0], Wordings = wordings });
        }

        return InputResult.Success(labels with { Quotes = quotes });
    }

    /// <summary>The words inside a quote's marks, a trailing comma dropped.</summary>
    private static string QuoteWords(string span) =>
        span.Trim().Trim('`', '\'', '"', '“', '”', '‘', '’').Trim().TrimEnd(',').Trim();

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
