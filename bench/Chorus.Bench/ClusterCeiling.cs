using System.Globalization;
using Chorus.Core.Clustering;
using Chorus.Core.Semantic;
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
    public static int Run(string data, int leadCharacters = 600)
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

        var lexical = LexicalMatrix(set, new ClusteringOptions());
        var clusterer = new StreamClusterer(new ClusteringOptions { Representation = DenseRepresentation.None, DenseLeadCharacters = leadCharacters });
        var texts = set.Documents.Select(d => clusterer.EmbeddingText(d.Document)).ToArray();
        Console.WriteLine($"== dense centroids (title and {leadCharacters}-character lead), alone and blended with the TF-IDF cosine");
        foreach (var (name, embedder) in new (string, ITextEmbedder)[] { ("static", StaticEmbedder.Shared), ("contextual", ContextualEmbedder.Shared) })
        {
            var dense = DenseMatrix(set, embedder.Embed(texts));
            foreach (var weight in new[] { 0.0, 0.2, 0.3, 0.5, 0.7, 1.0 })
            {
                var (b, wrong) = Oracle(set, (i, t) => ((1 - weight) * lexical[i, t]) + (weight * dense[i, t]));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-10} dense weight {weight,3}: oracle B-cubed P {b.Precision:F4} R {b.Recall:F4} F1 {b.F1:F4}; {wrong} closer to another topic"));
            }
        }

        return 0;
    }

    private static List<string> Topics(LabelledSet set) => set.Documents.Select(d => d.Gold).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Each article's assignment to the topic of highest similarity (its own topic leave-one-out).</summary>
    private static (PrecisionRecall BCubed, int Wrong) Oracle(LabelledSet set, Func<int, int, double> similarity)
    {
        var topics = Topics(set);
        var assigned = new List<(string Gold, string Found)>();
        var wrong = 0;
        for (var i = 0; i < set.Documents.Count; i++)
        {
            var best = Enumerable.Range(0, topics.Count).MaxBy(t => similarity(i, t));
            wrong += topics[best] == set.Documents[i].Gold ? 0 : 1;
            assigned.Add((set.Documents[i].Gold, topics[best]));
        }

        return (ClusteringMetrics.Score<string, string>(assigned).BCubed, wrong);
    }

    /// <summary>Cosine of each article's embedding to each topic's dense centroid (its own topic without it).</summary>
    private static double[,] DenseMatrix(LabelledSet set, float[][] vectors)
    {
        var topics = Topics(set);
        var sums = topics.Select(t => Sum(vectors.Where((_, i) => set.Documents[i].Gold == t), vectors[0].Length)).ToList();
        var matrix = new double[vectors.Length, topics.Count];
        for (var i = 0; i < vectors.Length; i++)
        {
            for (var t = 0; t < topics.Count; t++)
            {
                var centroid = (float[])sums[t].Clone();
                if (topics[t] == set.Documents[i].Gold)
                {
                    Vectors.AddScaled(centroid, vectors[i], -1);
                }

                matrix[i, t] = Vectors.Cosine(vectors[i], centroid);
            }
        }

        return matrix;
    }

    private static float[] Sum(IEnumerable<float[]> vectors, int dimensions)
    {
        var sum = new float[dimensions];
        foreach (var v in vectors)
        {
            Vectors.AddScaled(sum, v, 1);
        }

        return sum;
    }

    /// <summary>Each article's log term frequencies, and the TF-IDF weighting (IDF over the whole set, unit length) to apply to a sum of them.</summary>
    private static (List<Dictionary<string, double>> Raw, Func<Dictionary<string, double>, Dictionary<string, double>> Weigh) TermWeights(LabelledSet set, ClusteringOptions options)
    {
        var counts = set.Documents.Select(d => DocumentFeatures.Of(d.Document, options).TermCounts).ToList();
        var n = counts.Count;
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in counts.SelectMany(c => c.Keys))
        {
            df[term] = df.GetValueOrDefault(term) + 1;
        }

        var raw = counts.Select(c => c.ToDictionary(kv => kv.Key, kv => 1 + Math.Log(kv.Value), StringComparer.Ordinal)).ToList();
        return (raw, v => Unit(v.Where(kv => kv.Value > 1e-9).ToDictionary(kv => kv.Key, kv => kv.Value * Math.Log((n + 1.0) / (df[kv.Key] + 0.5)), StringComparer.Ordinal)));
    }

    /// <summary>TF-IDF cosine (IDF over the whole set) of each article to each topic's centroid (its own without it).</summary>
    private static double[,] LexicalMatrix(LabelledSet set, ClusteringOptions options)
    {
        var (raw, Weigh) = TermWeights(set, options);
        var n = raw.Count;

        var topics = Topics(set);
        var sums = topics.Select(t => Sum(raw.Where((_, i) => set.Documents[i].Gold == t))).ToList();
        var centroids = sums.Select(Weigh).ToList();
        var matrix = new double[n, topics.Count];
        for (var i = 0; i < n; i++)
        {
            var v = Weigh(raw[i]);
            for (var t = 0; t < topics.Count; t++)
            {
                if (topics[t] == set.Documents[i].Gold)
                {
                    var rest = new Dictionary<string, double>(sums[t], StringComparer.Ordinal);
                    foreach (var (term, w) in raw[i])
                    {
                        rest[term] -= w;
                    }

                    matrix[i, t] = Dot(v, Weigh(rest));
                }
                else
                {
                    matrix[i, t] = Dot(v, centroids[t]);
                }
            }
        }

        return matrix;
    }

    private static void Report(LabelledSet set, ClusteringOptions options)
    {
        var gold = set.Documents.Select(d => d.Gold).ToList();
        var (raw, Weigh) = TermWeights(set, options);
        var n = raw.Count;

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

        Console.WriteLine("least cohesive topics (cosine between the centroids of a topic's first and second halves, vs its nearest other topic):");
        var halves = topics.Select(t =>
        {
            var members = raw.Where((_, i) => gold[i] == t).ToList();
            var half = Dot(Weigh(Sum(members.Take(members.Count / 2))), Weigh(Sum(members.Skip(members.Count / 2))));
            var nearest = topics.Where(o => o != t).Max(o => Dot(centroids[t], centroids[o]));
            return (t, half, nearest);
        }).OrderBy(x => x.half).Take(8);
        foreach (var (t, half, nearest) in halves)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t} halves {half:F3}  nearest other topic {nearest:F3}"));
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
