using System.IO.Compression;
using System.Text;

namespace Chorus.Core.Semantic;

/// <summary>
/// A vector per vocabulary piece, as distilled by <see cref="StaticDistiller"/>: the pieces, and each piece's vector
/// stored as signed bytes times a per-piece scale (int8 keeps the table near 4 bytes per dimension less than floats,
/// and the rounding error, under 0.4% of each piece's largest component, is far below what separates meanings).
/// </summary>
internal sealed class StaticEmbeddingTable
{
    private const string Magic = "CHORUS-STATIC-EMBEDDINGS";
    private const int FormatVersion = 1;

    public StaticEmbeddingTable(string source, IReadOnlyList<string> pieces, float[][] vectors)
    {
        if (pieces.Count != vectors.Length || vectors.Length == 0 || vectors.Any(v => v.Length != vectors[0].Length))
        {
            throw new ArgumentException("a static table needs one vector per piece, all of one length");
        }

        Source = source;
        Pieces = pieces;
        Vectors = vectors;
    }

    /// <summary>What the table was distilled from and how (model, method, settings).</summary>
    public string Source { get; }

    public IReadOnlyList<string> Pieces { get; }

    /// <summary>The vector of each piece, in the order of <see cref="Pieces"/>.</summary>
    public float[][] Vectors { get; }

    public int Dimensions => Vectors[0].Length;

    /// <summary>
    /// Writes the table: a header, the pieces, then per piece a scale and its int8 components. Not compressed: gzip
    /// saved 13 % of the bundled table and cost every process that loads it about 0.1 s to inflate.
    /// </summary>
    public void Write(Stream output)
    {
        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Source);
        writer.Write(Pieces.Count);
        writer.Write(Dimensions);
        foreach (var piece in Pieces)
        {
            writer.Write(piece);
        }

        var bytes = new byte[Dimensions];
        foreach (var vector in Vectors)
        {
            var largest = vector.Max(MathF.Abs);
            var scale = largest == 0 ? 1 : largest / 127;
            for (var i = 0; i < vector.Length; i++)
            {
                bytes[i] = unchecked((byte)(sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127));
            }

            writer.Write(scale);
            writer.Write(bytes);
        }
    }

    /// <summary>
    /// Reads a table written by <see cref="Write"/>, or gzipped as earlier versions wrote it; <paramref name="name"/>
    /// names the input in errors.
    /// </summary>
    public static StaticEmbeddingTable Read(Stream input, string name)
    {
        try
        {
            using var reader = new BinaryReader(InMemory(input), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() is var version && version != FormatVersion)
            {
                throw new InvalidDataException($"{name}: not a Chorus static embedding table (format {FormatVersion})");
            }

            var source = reader.ReadString();
            var count = reader.ReadInt32();
            var dimensions = reader.ReadInt32();
            var pieces = new string[count];
            for (var i = 0; i < count; i++)
            {
                pieces[i] = reader.ReadString();
            }

            var vectors = new float[count][];
            for (var i = 0; i < count; i++)
            {
                var scale = reader.ReadSingle();
                var bytes = reader.ReadBytes(dimensions);
                if (bytes.Length < dimensions)
                {
                    throw new EndOfStreamException($"the table ends inside piece {i} of {count}");
                }

                var vector = new float[dimensions];
                for (var d = 0; d < dimensions; d++)
                {
                    vector[d] = unchecked((sbyte)bytes[d]) * scale;
                }

                vectors[i] = vector;
            }

            return new StaticEmbeddingTable(source, pieces, vectors);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException || (e is InvalidDataException && !e.Message.StartsWith(name, StringComparison.Ordinal)))
        {
            throw new InvalidDataException($"{name}: damaged static embedding table: {e.Message}", e);
        }
    }

    /// <summary>The whole input in memory, inflated when it is gzipped: read piece by piece, a stream's per-call cost adds up.</summary>
    private static MemoryStream InMemory(Stream input)
    {
        var bytes = new MemoryStream();
        input.CopyTo(bytes);
        bytes.Position = 0;
        if (bytes.Length < 2 || bytes.GetBuffer()[0] != 0x1f || bytes.GetBuffer()[1] != 0x8b)
        {
            return bytes;
        }

        var inflated = new MemoryStream();
        using (var gzip = new GZipStream(bytes, CompressionMode.Decompress))
        {
            gzip.CopyTo(inflated);
        }

        inflated.Position = 0;
        return inflated;
    }
}
