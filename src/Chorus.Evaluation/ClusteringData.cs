using System.Globalization;
using System.Text.Json;
using Chorus.Core.Clustering;

namespace Chorus.Evaluation;

/// <summary>A labelled article of a clustering data set, in stream order.</summary>
public sealed record LabelledDocument(ClusterDocument Document, string Gold);

/// <summary>A labelled clustering stream read from a data set, or the reason it could not be read.</summary>
public sealed record LabelledSet(string Name, IReadOnlyList<LabelledDocument> Documents);

/// <summary>
/// Readers of the two labelled clustering sets: UCI aggregator headlines (one JSON object a line with
/// <c>title</c>, <c>story</c>, <c>timestamp_ms</c>; stream order = timestamp, then id) and DUC 2004 clusters (one
/// cluster a line with <c>articles</c>; the articles of all clusters interleaved in a fixed-seed order).
/// </summary>
public static class ClusteringData
{
    public const int DefaultSeed = 2004;

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

    public static LabelledSet Read(string path, int seed = DefaultSeed)
    {
        var lines = File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (lines.Count == 0)
        {
            throw new InvalidDataException($"{path}: no lines");
        }

        using var first = Parse(path, lines[0], 1);
        if (first.RootElement.TryGetProperty("articles", out _))
        {
            return ReadClusters(path, lines, seed);
        }

        if (first.RootElement.TryGetProperty("story", out _) && first.RootElement.TryGetProperty("title", out _))
        {
            return ReadHeadlines(path, lines);
        }

        throw new InvalidDataException($"{path}: neither a headline set (title, story) nor a cluster set (articles) on line 1");
    }

    private static LabelledSet ReadHeadlines(string path, List<string> lines)
    {
        var rows = new List<(long Time, long Id, LabelledDocument Doc)>();
        for (var i = 0; i < lines.Count; i++)
        {
            using var json = Parse(path, lines[i], i + 1);
            var root = json.RootElement;
            var id = root.GetProperty("id").ToString();
            var ms = root.TryGetProperty("timestamp_ms", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt64() : 0;
            var time = DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
            var title = root.GetProperty("title").GetString() ?? "";
            var doc = new ClusterDocument("uci-" + id, null, title, time) { Outlet = root.TryGetProperty("publisher", out var p) ? p.GetString() : null };
            rows.Add((ms, long.TryParse(id, CultureInfo.InvariantCulture, out var n) ? n : i, new LabelledDocument(doc, root.GetProperty("story").GetString() ?? "")));
        }

        return new LabelledSet(Path.GetFileName(path), rows.OrderBy(r => r.Time).ThenBy(r => r.Id).Select(r => r.Doc).ToList());
    }

    private static LabelledSet ReadClusters(string path, List<string> lines, int seed)
    {
        var all = new List<(string Cluster, string? Title, string Text, int Index)>();
        for (var i = 0; i < lines.Count; i++)
        {
            using var json = Parse(path, lines[i], i + 1);
            var cluster = json.RootElement.GetProperty("id").GetString() ?? $"line{i + 1}";
            var k = 0;
            foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray())
            {
                var title = article.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                all.Add((cluster, title, article.GetProperty("text").GetString() ?? "", k++));
            }
        }

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

    private static JsonDocument Parse(string path, string line, int number)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: line {number} is not JSON: {e.Message}", e);
        }
    }
}
