namespace Chorus.Core.Semantic;

/// <summary>Principal component analysis by the cyclic Jacobi eigenvalue method on the covariance matrix (deterministic).</summary>
internal static class Pca
{
    /// <summary>The rows centred and projected on the <paramref name="components"/> directions of largest variance.</summary>
    public static float[][] Reduce(float[][] rows, int components)
    {
        var width = rows[0].Length;
        var mean = new double[width];
        foreach (var row in rows)
        {
            for (var j = 0; j < width; j++)
            {
                mean[j] += row[j];
            }
        }

        for (var j = 0; j < width; j++)
        {
            mean[j] /= rows.Length;
        }

        var covariance = new double[width, width];
        var centred = new double[width];
        foreach (var row in rows)
        {
            for (var j = 0; j < width; j++)
            {
                centred[j] = row[j] - mean[j];
            }

            for (var a = 0; a < width; a++)
            {
                var x = centred[a];
                for (var b = a; b < width; b++)
                {
                    covariance[a, b] += x * centred[b];
                }
            }
        }

        for (var a = 0; a < width; a++)
        {
            for (var b = a; b < width; b++)
            {
                covariance[a, b] /= Math.Max(1, rows.Length - 1);
                covariance[b, a] = covariance[a, b];
            }
        }

        var (values, vectors) = Eigen(covariance);
        var order = Enumerable.Range(0, width).OrderByDescending(i => values[i]).ThenBy(i => i).Take(components).ToArray();
        var projected = new float[rows.Length][];
        for (var r = 0; r < rows.Length; r++)
        {
            var output = new float[order.Length];
            for (var c = 0; c < order.Length; c++)
            {
                var k = order[c];
                var sum = 0.0;
                for (var j = 0; j < width; j++)
                {
                    sum += (rows[r][j] - mean[j]) * vectors[j, k];
                }

                output[c] = (float)sum;
            }

            projected[r] = output;
        }

        return projected;
    }

    /// <summary>Eigenvalues and eigenvectors (columns) of a symmetric matrix; each vector's largest component is positive.</summary>
    internal static (double[] Values, double[,] Vectors) Eigen(double[,] symmetric)
    {
        var n = symmetric.GetLength(0);
        var a = (double[,])symmetric.Clone();
        var v = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            var off = 0.0;
            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    off += a[p, q] * a[p, q];
                }
            }

            if (off < 1e-22)
            {
                break;
            }

            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300)
                    {
                        continue;
                    }

                    var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    var c = 1 / Math.Sqrt((t * t) + 1);
                    var s = t * c;
                    Rotate(a, v, n, p, q, c, s);
                }
            }
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = a[i, i];
            var largest = 0;
            for (var j = 1; j < n; j++)
            {
                if (Math.Abs(v[j, i]) > Math.Abs(v[largest, i]))
                {
                    largest = j;
                }
            }

            if (v[largest, i] < 0)
            {
                for (var j = 0; j < n; j++)
                {
                    v[j, i] = -v[j, i];
                }
            }
        }

        return (values, v);
    }

    private static void Rotate(double[,] a, double[,] v, int n, int p, int q, double c, double s)
    {
        for (var k = 0; k < n; k++)
        {
            var akp = a[k, p];
            var akq = a[k, q];
            a[k, p] = (c * akp) - (s * akq);
            a[k, q] = (s * akp) + (c * akq);
        }

        for (var k = 0; k < n; k++)
        {
            var apk = a[p, k];
            var aqk = a[q, k];
            a[p, k] = (c * apk) - (s * aqk);
            a[q, k] = (s * apk) + (c * aqk);
        }

        for (var k = 0; k < n; k++)
        {
            var vkp = v[k, p];
            var vkq = v[k, q];
            v[k, p] = (c * vkp) - (s * vkq);
            v[k, q] = (s * vkp) + (c * vkq);
        }
    }
}
