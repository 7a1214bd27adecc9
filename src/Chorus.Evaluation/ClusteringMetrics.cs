namespace Chorus.Evaluation;

/// <summary>Precision, recall and their harmonic mean.</summary>
public sealed record PrecisionRecall(double Precision, double Recall, double F1)
{
    public static PrecisionRecall Of(double precision, double recall) =>
        new(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
}

/// <summary>How a found clustering compares with the gold one.</summary>
public sealed record ClusteringScores(PrecisionRecall BCubed, double PairwiseF1, double AdjustedRandIndex, int GoldClusters, int FoundClusters);

/// <summary>
/// Clustering metrics over items that each carry a gold label and a found label: B-cubed precision/recall
/// (Bagga &amp; Baldwin 1998, averaged over items), pairwise F1 over same-cluster pairs, and the adjusted Rand
/// index (Hubert &amp; Arabie 1985) from the contingency table.
/// </summary>
public static class ClusteringMetrics
{
    public static ClusteringScores Score<TGold, TFound>(IReadOnlyList<(TGold Gold, TFound Found)> items)
        where TGold : notnull
        where TFound : notnull
    {
        if (items.Count == 0)
        {
            return new ClusteringScores(PrecisionRecall.Of(0, 0), 0, 0, 0, 0);
        }

        var cells = items.GroupBy(i => (i.Gold, i.Found)).ToDictionary(g => g.Key, g => (long)g.Count());
        var goldSizes = items.GroupBy(i => i.Gold).ToDictionary(g => g.Key, g => (long)g.Count());
        var foundSizes = items.GroupBy(i => i.Found).ToDictionary(g => g.Key, g => (long)g.Count());

        // B-cubed: for an item in cell (g, f), precision = |cell| / |f|, recall = |cell| / |g|; every item weighs the same.
        double precision = 0, recall = 0;
        foreach (var ((gold, found), n) in cells)
        {
            precision += (double)n * n / foundSizes[found];
            recall += (double)n * n / goldSizes[gold];
        }

        var bcubed = PrecisionRecall.Of(precision / items.Count, recall / items.Count);

        var pairsTogetherBoth = cells.Values.Sum(Pairs);
        var pairsGold = goldSizes.Values.Sum(Pairs);
        var pairsFound = foundSizes.Values.Sum(Pairs);
        var pairwise = PrecisionRecall.Of(
            pairsFound == 0 ? (pairsGold == 0 ? 1 : 0) : pairsTogetherBoth / pairsFound,
            pairsGold == 0 ? (pairsFound == 0 ? 1 : 0) : pairsTogetherBoth / pairsGold);

        var allPairs = Pairs(items.Count);
        var expected = allPairs == 0 ? 0 : pairsGold * pairsFound / allPairs;
        var maximum = (pairsGold + pairsFound) / 2;
        var ari = maximum == expected ? 1.0 : (pairsTogetherBoth - expected) / (maximum - expected);

        return new ClusteringScores(bcubed, pairwise.F1, ari, goldSizes.Count, foundSizes.Count);
    }

    /// <summary>
    /// B-cubed over some items only, each judged within the whole clustering: an included item's precision counts
    /// every member of its found cluster, included or not. Cross-validation scores a fold's stories this way while
    /// the clusterer sees the whole stream, as it would in use.
    /// </summary>
    public static PrecisionRecall BCubedOver<TGold, TFound>(IReadOnlyList<(TGold Gold, TFound Found)> items, Func<TGold, bool> include)
        where TGold : notnull
        where TFound : notnull
    {
        var cells = items.GroupBy(i => (i.Gold, i.Found)).ToDictionary(g => g.Key, g => (long)g.Count());
        var goldSizes = items.GroupBy(i => i.Gold).ToDictionary(g => g.Key, g => (long)g.Count());
        var foundSizes = items.GroupBy(i => i.Found).ToDictionary(g => g.Key, g => (long)g.Count());
        double precision = 0, recall = 0;
        long count = 0;
        foreach (var ((gold, found), n) in cells)
        {
            if (include(gold))
            {
                precision += (double)n * n / foundSizes[found];
                recall += (double)n * n / goldSizes[gold];
                count += n;
            }
        }

        return count == 0 ? PrecisionRecall.Of(0, 0) : PrecisionRecall.Of(precision / count, recall / count);
    }

    private static double Pairs(long n) => n * (n - 1) / 2.0;
}
