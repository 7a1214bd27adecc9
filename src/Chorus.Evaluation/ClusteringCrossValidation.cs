using System.Security.Cryptography;
using System.Text;
using Chorus.Core.Clustering;

namespace Chorus.Evaluation;

/// <summary>A candidate setting: a short name for tables and the options it stands for.</summary>
public sealed record ClusteringSetting(string Name, ClusteringOptions Options);

/// <summary>One setting's B-cubed F1 on each held-out fold and on each fold's training stories.</summary>
public sealed record SettingScores(ClusteringSetting Setting, IReadOnlyList<double> HeldOut, IReadOnlyList<double> Training)
{
    public double Mean => HeldOut.Average();

    /// <summary>The sample standard deviation across folds.</summary>
    public double Spread => StandardDeviation(HeldOut);

    public static double StandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}

/// <summary>The setting a fold's training stories chose, and how it scored on the fold's held-out stories.</summary>
public sealed record FoldChoice(int Fold, ClusteringSetting Chosen, double Training, double HeldOut);

/// <summary>
/// The outcome of a cross-validation: every setting's held-out scores per fold, the setting chosen (best mean
/// held-out B-cubed F1), and the nested estimate (each fold's choice made on its training stories alone, scored on
/// the fold), which does not flatter the chosen setting.
/// </summary>
public sealed record CrossValidationReport(IReadOnlyList<SettingScores> Settings, SettingScores Chosen, IReadOnlyList<FoldChoice> Nested)
{
    public double NestedMean => Nested.Average(n => n.HeldOut);

    public double NestedSpread => SettingScores.StandardDeviation(Nested.Select(n => n.HeldOut).ToList());
}

/// <summary>
/// K-fold cross-validation of clustering settings over the gold stories of a labelled set: the stories are dealt
/// into k folds by a hash of their ids. The clusterer, which never sees labels, runs over the whole stream; a fold is
/// scored by B-cubed over its stories' articles only (<see cref="ClusteringMetrics.BCubedOver"/>), and its training
/// part over the other folds' articles, so a setting is chosen with the labels of the training stories alone. (A fold
/// clustered alone would be scored on a stream with a fifth of the confusable stories, and favours settings that
/// merge too readily.) A set given in several stream orders (DUC, which has no dates) is scored as the mean over the
/// orders.
/// </summary>
public static class ClusteringCrossValidation
{
    public static IReadOnlyList<IReadOnlySet<string>> Folds(IEnumerable<string> stories, int k)
    {
        if (k < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "cross-validation needs at least 2 folds");
        }

        var ordered = stories.Distinct(StringComparer.Ordinal).OrderBy(Hash, StringComparer.Ordinal).ToList();
        if (ordered.Count < k)
        {
            throw new ArgumentException($"{ordered.Count} stories cannot fill {k} folds");
        }

        return Enumerable.Range(0, k).Select(f => (IReadOnlySet<string>)ordered.Where((_, i) => i % k == f).ToHashSet(StringComparer.Ordinal)).ToList();
    }

    /// <param name="orders">The same labelled set in one or more stream orders, prepared for the settings' representation.</param>
    public static CrossValidationReport Run(IReadOnlyList<PreparedSet> orders, IReadOnlyList<ClusteringSetting> settings, int k, TextWriter? progress = null)
    {
        var folds = Folds(orders[0].Gold, k);
        var results = new SettingScores[settings.Count];
        var done = 0;
        Parallel.For(0, settings.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, s =>
        {
            var heldOut = new double[k];
            var training = new double[k];
            foreach (var order in orders)
            {
                var assigned = ClusteringEvaluation.Assign(order, settings[s].Options);
                for (var f = 0; f < k; f++)
                {
                    var fold = folds[f];
                    heldOut[f] += ClusteringMetrics.BCubedOver(assigned, fold.Contains).F1 / orders.Count;
                    training[f] += ClusteringMetrics.BCubedOver(assigned, g => !fold.Contains(g)).F1 / orders.Count;
                }
            }

            results[s] = new SettingScores(settings[s], heldOut, training);
            var finished = Interlocked.Increment(ref done);
            if (progress is not null)
            {
                lock (progress)
                {
                    progress.WriteLine($"  {finished}/{settings.Count} {settings[s].Name}");
                }
            }
        });

        // Ties go to the earlier setting in the list, so a grid that lists simpler settings first prefers them.
        var chosen = results.Select((r, i) => (r, i)).OrderByDescending(x => Math.Round(x.r.Mean, 6)).ThenBy(x => x.i).First().r;
        var nested = Enumerable.Range(0, k).Select(f =>
        {
            var best = results.Select((r, i) => (r, i)).OrderByDescending(x => Math.Round(x.r.Training[f], 6)).ThenBy(x => x.i).First().r;
            return new FoldChoice(f, best.Setting, best.Training[f], best.HeldOut[f]);
        }).ToList();
        return new CrossValidationReport(results, chosen, nested);
    }

    private static string Hash(string story) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("chorus-cv:" + story)));
}
