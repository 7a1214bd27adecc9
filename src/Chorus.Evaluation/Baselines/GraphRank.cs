namespace Chorus.Evaluation.Baselines;

/// <summary>PageRank over a weighted, undirected sentence graph by power iteration.</summary>
public static class GraphRank
{
    public const int MaxIterations = 100;
    public const double Tolerance = 1e-8;

    /// <summary>
    /// Stationary scores of a random walk that follows edges in proportion to their weights with probability
    /// <paramref name="follow"/> and jumps to a uniform node otherwise. Nodes without edges only receive jumps.
    /// </summary>
    public static double[] Rank(double[,] weights, double follow)
    {
        var n = weights.GetLength(0);
        var rowSums = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                rowSums[i] += weights[i, j];
            }
        }

        var rank = Enumerable.Repeat(1.0 / Math.Max(1, n), n).ToArray();
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var next = new double[n];
            double dangling = 0;
            for (var i = 0; i < n; i++)
            {
                if (rowSums[i] == 0)
                {
                    dangling += rank[i];
                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    next[j] += follow * rank[i] * weights[i, j] / rowSums[i];
                }
            }

            var change = 0.0;
            for (var j = 0; j < n; j++)
            {
                next[j] += ((1 - follow) + (follow * dangling)) / n;
                change += Math.Abs(next[j] - rank[j]);
            }

            rank = next;
            if (change < Tolerance)
            {
                break;
            }
        }

        return rank;
    }
}
