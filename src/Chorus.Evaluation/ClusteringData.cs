using System.Globalization;
using System.Text.Json;
using Chorus.Core.Clustering;
using Chorus.Core.Documents;
using static Chorus.Evaluation.JsonFields;

namespace Chorus.Evaluation;

/// <summary>A labelled article of a clustering data set, in stream order.</summary>
public sealed record LabelledDocument(ClusterDocument Document, string Gold);

/// <summary>A labelled clustering stream read from a data set.</summary>
public sealed record LabelledSet(string Name, IReadOnlyList<LabelledDocument> Documents);

/// <summary>
/// Readers of the two labelled clustering sets: UCI aggregator headlines (one JSON object a line with
/// <c>title</c>, <c>story</c>, <c>timestamp_ms</c>; stream order = timestamp, then id) and DUC 2004 clusters (one
/// cluster a line with <c>articles</c>; the articles of all clusters interleaved in a fixed-seed order). A set is
/// scored whole, so one malformed line makes the set a problem naming that line.
/// </summary>
public static class ClusteringData
{
    public const int DefaultSeed = 2004;

    private const string WhatItIs = "a labelled clustering set";

    /// <summary>
    /// The DUC articles carry no dates: the stream is stamped from this instant, one minute apart, to keep its order,
    /// and marked undated so that no time decay acts on an order that is only a shuffle.
    /// </summary>
    private static readonly DateTime UndatedStart = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// The seed of the i-th stream order of a cluster set (the default seed first): the DUC articles carry no dates,
    /// so a score is reported as the mean over several orders.
    /// </summary>
    public static int OrderSeed(int order) => order == 0 ? DefaultSeed : order * 7919;

    /// <summary>True for a cluster set read by <see cref="Read"/>: its articles are undated and its order is a seeded shuffle.</summary>
    public static bool IsClusterSet(LabelledSet set) => set.Documents.Count > 0 && !set.Documents[0].Document.TimeIsKnown;

    public static InputResult<LabelledSet> Read(string path, int seed = DefaultSeed)
    {
        List<NumberedLine> lines;
        try
        {
            lines = JsonLines.Read(path).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputResult.Failure<LabelledSet>(path, "cannot be read: " + e.Message, ProblemSeverity.Error);
        }

        if (lines.Count == 0)
        {
            return NotASet(path, "no lines");
        }

        var shape = JsonLines.ParseLine($"{path}:{lines[0].Number}", lines[0].Text, WhatItIs, root =>
            root.ValueKind != JsonValueKind.Object ? SetShape.Unknown
            : root.TryGetProperty("articles", out _) ? SetShape.Clusters
            : root.TryGetProperty("story", out _) && root.TryGetProperty("title", out _) ? SetShape.Headlines
            : SetShape.Unknown);
        if (!shape.Succeeded)
        {
            return InputResult.Failure<LabelledSet>(shape.Problem);
        }

        return shape.Value switch
        {
            SetShape.Clusters => ReadAll(path, lines, ClusterArticles).Select(all => Interleave(path, all, seed)),
            SetShape.Headlines => ReadAll(path, lines, Headline).Select(rows => Ordered(path, rows)),
            _ => NotASet(path, "neither a headline set (title, story) nor a cluster set (articles) on line 1"),
        };
    }

    /// <summary>Every line parsed, or the first line that is not what it should be.</summary>
    private static InputResult<List<T>> ReadAll<T>(string path, List<NumberedLine> lines, Func<JsonElement, int, T> parse)
    {
        var rows = new List<T>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var index = i;
            var row = JsonLines.ParseLine($"{path}:{lines[i].Number}", lines[i].Text, WhatItIs, root => parse(root, index));
            if (!row.Succeeded)
            {
                return InputResult.Failure<List<T>>(row.Problem);
            }

            rows.Add(row.Value);
        }

        return InputResult.Success(rows);
    }

    private static (long Time, long Id, LabelledDocument Doc) Headline(JsonElement root, int index)
    {
        var id = Required(root, "id").ToString();
        var ms = root.TryGetProperty("timestamp_ms", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt64() : 0;
        var time = DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
        var title = Required(root, "title").GetString() ?? "";
        var doc = new ClusterDocument("uci-" + id, null, title, time) { Outlet = root.TryGetProperty("publisher", out var p) ? p.GetString() : null };
        return (ms, long.TryParse(id, CultureInfo.InvariantCulture, out var n) ? n : index, new LabelledDocument(doc, Required(root, "story").GetString() ?? ""));
    }

    private static LabelledSet Ordered(string path, List<(long Time, long Id, LabelledDocument Doc)> rows) =>
        new(Path.GetFileName(path), rows.OrderBy(r => r.Time).ThenBy(r => r.Id).Select(r => r.Doc).ToList());

    private static List<(string Cluster, string? Title, string Text, int Index)> ClusterArticles(JsonElement root, int index)
    {
        var cluster = Required(root, "id").GetString() ?? $"line{index + 1}";
        var k = 0;
        var articles = new List<(string Cluster, string? Title, string Text, int Index)>();
        foreach (var article in Required(root, "articles").EnumerateArray())
        {
            var title = article.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            articles.Add((cluster, title, Required(article, "text").GetString() ?? "", k++));
        }

        return articles;
    }

    private static LabelledSet Interleave(string path, List<List<(string Cluster, string? Title, string Text, int Index)>> clusters, int seed)
    {
        var all = clusters.SelectMany(c => c).ToList();

        // Fisher–Yates with a fixed seed: the same file always gives the same interleaving.
        var random = new Random(seed);
        for (var i = all.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (all[i], all[j]) = (all[j], all[i]);
        }

        var documents = all.Select((a, n) => new LabelledDocument(
            new ClusterDocument($"{a.Cluster}-{a.Index}", a.Title, a.Text, UndatedStart.AddMinutes(n)) { TimeIsKnown = false }, a.Cluster)).ToList();
        return new LabelledSet(Path.GetFileName(path), documents);
    }

    private enum SetShape
    {
        Unknown,
        Clusters,
        Headlines,
    }

    private static InputResult<LabelledSet> NotASet(string input, string why) =>
        InputResult.Failure<LabelledSet>(input, $"not {WhatItIs}: {why}", ProblemSeverity.Error);
}
