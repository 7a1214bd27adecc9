using System.Buffers.Binary;

namespace Chorus.Core.Storage;

/// <summary>A dense vector as a BLOB: its float32 components, little-endian, so a file reads the same on any machine.</summary>
internal static class DenseBlob
{
    public static byte[]? Write(float[]? vector)
    {
        if (vector is null)
        {
            return null;
        }

        var bytes = new byte[vector.Length * sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        }

        return bytes;
    }

    public static float[]? Read(byte[]? bytes)
    {
        if (bytes is null || bytes.Length == 0 || bytes.Length % sizeof(float) != 0)
        {
            return null;
        }

        var vector = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        }

        return vector;
    }
}
