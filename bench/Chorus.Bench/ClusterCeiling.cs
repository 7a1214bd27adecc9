using System.Globalization;
using Chorus.Core.Clustering;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// How far the clusterer's article representation can separate the gold topics of a labelled set at all, before
/// any streaming decision: with the gold topics known (an oracle), each article is put in the topic whose centroid
/// (its other articles, leave-one-out for its own) is closest by TF-IDF cosine, IDF over the whole set. The B-cubed
/// F1 of that assignment bounds what a centroid rule can reach with these features; the topic pairs whose centroids
/// are close and the topics whose own articles sit far from their centroid show why a single join threshold cannot
/// both keep the broad topics whole and the close ones apart.
/// </summary>
internal static class ClusterCeiling
{
    public static int Run(string data)
    {
        var set = ClusteringData.Read(data).Value;
        foreach (var (name, options) in new[]
        {
            ("features as clustered (300 body words)", new ClusteringOptions()),
            ("whole article bodies", new ClusteringOptions { MaxBodyWords = int.MaxValue }),
        })
        {
            Console.WriteLine($"== {name}");
            Report(set, options);
        }

        return 0;
    }

    private static void Report(LabelledSet set, ClusteringOptions options)
    {
        var counts = set.Documents.Select(d => DocumentFeatures.Of(d.Document, options).TermCounts).ToList();
        var gold = set.Documents.Select(d => d.Gold).ToList();
        var n = counts.Count;
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in counts.SelectMany(c => c.Keys))
        {
            df[term] = df.GetValueOrDefault(term) + 1;
        }

        var raw = counts.Select(c => c.ToDictionary(kv => kv.Key, kv => 1 + Math.Log(kv.Value), StringComparer.Ordinal)).ToList();
        Dictionary<string, double> Weigh(Dictionary<string, double> v) =>
            Unit(v.Where(kv => kv.Value > 1e-9).ToDictionary(kv => kv.Key, kv => kv.Value * Math.Log((n + 1.0) / (df[kv.Key] + 0.5)), StringComparer.Ordinal));

        var topics = gold.Distinct().Order(StringComparer.Ordinal).ToList();
        var sums = topics.ToDictionary(t => t, t => Sum(raw.Where((_, i) => gold[i] == t)), StringComparer.Ordinal);
        var centroids = topics.ToDictionary(t => t, t => Weigh(sums[t]), StringComparer.Ordinal);
        var assigned = new List<(string Gold, string Found)>();
        var own = new double[n];
        var wrong = 0;
        for (var i = 0; i < n; i++)
        {
            var v = Weigh(raw[i]);
            var rest = new Dictionary<string, double>(sums[gold[i]], StringComparer.Ordinal);
            foreach (var (term, w) in raw[i])
            {
                rest[term] -= w;
            }

            own[i] = Dot(v, Weigh(rest));
            var (other, score) = topics.Where(t => t != gold[i]).Select(t => (t, Dot(v, centroids[t]))).MaxBy(x => x.Item2);
            if (score > own[i])
            {
                wrong++;
            }

            assigned.Add((gold[i], score > own[i] ? other : gold[i]));
        }

        var b = ClusteringMetrics.Score<string, string>(assigned).BCubed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"oracle nearest topic centroid: B-cubed P {b.Precision:F4} R {b.Recall:F4} F1 {b.F1:F4}; {wrong} of {n} articles are closer to another topic's centroid than to their own"));
        Console.WriteLine("closest topic pairs (centroid cosine):");
        var pairs = topics.SelectMany((a, i) => topics.Skip(i + 1).Select(c => (a, c, Dot(centroids[a], centroids[c])))).OrderByDescending(p => p.Item3).Take(6);
        foreach (var (a, c, cosine) in pairs)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {a} {c} {cosine:F3}"));
        }

        Console.WriteLine("loosest topics (median cosine of an article to the rest of its topic):");
        var loose = topics.Select(t => (t, Median(own.Where((_, i) => gold[i] == t)))).OrderBy(x => x.Item2).Take(6);
        foreach (var (t, median) in loose)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t} {median:F3}"));
        }
    }

    private static Dictionary<string, double> Sum(IEnumerable<Dictionary<string, double>> vectors)
    {
        var sum = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, w) in vectors.SelectMany(v => v))
        {
            sum[term] = sum.GetValueOrDefault(term) + w;
        }

        return sum;
    }

    private static Dictionary<string, double> Unit(Dictionary<string, double> v)
    {
        var norm = Math.Sqrt(v.Values.Sum(x => x * x));
        return norm == 0 ? v : v.ToDictionary(kv => kv.Key, kv => kv.Value / norm, StringComparer.Ordinal);
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        var sum = 0.0;
        foreach (var (term, w) in a)
        {
            if (b.TryGetValue(term, out var x))
            {
                sum += w * x;
            }
        }

        return sum;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
