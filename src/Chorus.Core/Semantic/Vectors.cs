using System.Numerics;
using System.Runtime.InteropServices;

namespace Chorus.Core.Semantic;

/// <summary>Dense-vector arithmetic for embeddings (SIMD where the hardware has it).</summary>
public static class Vectors
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"vectors of {a.Length} and {b.Length} dimensions cannot be compared");
        }

        var sum = Vector<float>.Zero;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var va = MemoryMarshal.Cast<float, Vector<float>>(a);
            var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
            for (var k = 0; k < va.Length; k++)
            {
                sum += va[k] * vb[k];
            }

            i = va.Length * Vector<float>.Count;
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    /// <summary>The cosine of two vectors of any length (0 when either is zero).</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var norms = MathF.Sqrt(Dot(a, a) * Dot(b, b));
        return norms == 0 ? 0 : Dot(a, b) / norms;
    }

    /// <summary>Scales <paramref name="vector"/> to unit length in place (a zero vector stays zero).</summary>
    public static void Normalize(Span<float> vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            Scale(vector, 1 / norm);
        }
    }

    /// <summary><paramref name="target"/> += <paramref name="weight"/> × <paramref name="add"/>.</summary>
    public static void AddScaled(Span<float> target, ReadOnlySpan<float> add, float weight)
    {
        if (target.Length != add.Length)
        {
            throw new ArgumentException($"vectors of {target.Length} and {add.Length} dimensions cannot be added");
        }

        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vt = MemoryMarshal.Cast<float, Vector<float>>(target);
            var va = MemoryMarshal.Cast<float, Vector<float>>(add);
            for (var k = 0; k < vt.Length; k++)
            {
                vt[k] += va[k] * weight;
            }

            i = vt.Length * Vector<float>.Count;
        }

        for (; i < target.Length; i++)
        {
            target[i] += add[i] * weight;
        }
    }

    public static void Scale(Span<float> vector, float factor)
    {
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] *= factor;
        }
    }
}
