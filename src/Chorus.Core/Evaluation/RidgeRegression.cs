namespace Chorus.Core.Evaluation;

/// <summary>
/// Closed-form ridge regression: standardizes the features, solves (ZᵀZ + λI)w = Zᵀ(y − ȳ), and returns the weights
/// in the original feature units with an unpenalized intercept.
/// </summary>
public static class RidgeRegression
{
    public sealed record Model(double Intercept, IReadOnlyList<double> Weights)
    {
        public double Predict(IReadOnlyList<double> x) => Intercept + x.Select((v, k) => v * Weights[k]).Sum();
    }

    public static Model Fit(IReadOnlyList<IReadOnlyList<double>> rows, IReadOnlyList<double> targets, double lambda)
    {
        if (rows.Count == 0 || rows.Count != targets.Count)
        {
            throw new ArgumentException("ridge regression needs as many targets as rows, and at least one row");
        }

        var n = rows.Count;
        var p = rows[0].Count;
        var mean = new double[p];
        var scale = new double[p];
        for (var k = 0; k < p; k++)
        {
            mean[k] = rows.Average(r => r[k]);
            var variance = rows.Average(r => (r[k] - mean[k]) * (r[k] - mean[k]));
            scale[k] = variance > 1e-12 ? Math.Sqrt(variance) : 0; // a constant column gets no weight
        }

        var yMean = targets.Average();
        var a = new double[p, p];
        var b = new double[p];
        for (var i = 0; i < n; i++)
        {
            var z = Standardized(rows[i], mean, scale);
            for (var j = 0; j < p; j++)
            {
                b[j] += z[j] * (targets[i] - yMean);
                for (var k = 0; k < p; k++)
                {
                    a[j, k] += z[j] * z[k];
                }
            }
        }

        for (var j = 0; j < p; j++)
        {
            a[j, j] += lambda;
        }

        var w = Solve(a, b);
        var weights = new double[p];
        var intercept = yMean;
        for (var k = 0; k < p; k++)
        {
            weights[k] = scale[k] == 0 ? 0 : w[k] / scale[k];
            intercept -= weights[k] * mean[k];
        }

        return new Model(intercept, weights);
    }

    private static double[] Standardized(IReadOnlyList<double> row, double[] mean, double[] scale)
    {
        var z = new double[row.Count];
        for (var k = 0; k < row.Count; k++)
        {
            z[k] = scale[k] == 0 ? 0 : (row[k] - mean[k]) / scale[k];
        }

        return z;
    }

    /// <summary>Gaussian elimination with partial pivoting; the ridge term keeps the system non-singular.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var p = b.Length;
        for (var col = 0; col < p; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < p; row++)
            {
                if (Math.Abs(a[row, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = row;
                }
            }

            if (Math.Abs(a[pivot, col]) < 1e-12)
            {
                continue;
            }

            for (var k = 0; k < p; k++)
            {
                (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
            }

            (b[col], b[pivot]) = (b[pivot], b[col]);
            for (var row = col + 1; row < p; row++)
            {
                var factor = a[row, col] / a[col, col];
                for (var k = col; k < p; k++)
                {
                    a[row, k] -= factor * a[col, k];
                }

                b[row] -= factor * b[col];
            }
        }

        var x = new double[p];
        for (var row = p - 1; row >= 0; row--)
        {
            if (Math.Abs(a[row, row]) < 1e-12)
            {
                continue;
            }

            var sum = b[row];
            for (var k = row + 1; k < p; k++)
            {
                sum -= a[row, k] * x[k];
            }

            x[row] = sum / a[row, row];
        }

        return x;
    }
}
