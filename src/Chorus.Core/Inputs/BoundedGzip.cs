using System.IO.Compression;

namespace Chorus.Core.Inputs;

/// <summary>The outcome of inflating gzip data: the bytes, or why they could not be had.</summary>
public sealed record Inflated(byte[]? Bytes, string? Failure);

/// <summary>Inflates gzip data without ever holding more than a set number of inflated bytes (gzip bombs).</summary>
public static class BoundedGzip
{
    public static bool HasMagic(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 0x08;

    /// <summary>Inflates every gzip member of the data, stopping with a failure once more than <paramref name="maxBytes"/> come out.</summary>
    public static Inflated Inflate(ReadOnlySpan<byte> compressed, long maxBytes)
    {
        using var input = new MemoryStream(compressed.ToArray(), writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    return new Inflated(null, $"inflates to more than {maxBytes / (1024 * 1024)} MB (a gzip bomb?)");
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException e)
        {
            return new Inflated(null, "corrupt gzip data: " + e.Message);
        }

        return new Inflated(output.ToArray(), null);
    }
}
