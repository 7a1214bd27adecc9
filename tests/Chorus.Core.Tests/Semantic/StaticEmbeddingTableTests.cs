using System.IO.Compression;
using Chorus.Core.Semantic;
using Xunit;

namespace Chorus.Core.Tests.Semantic;

/// <summary>The table format, the word-piece tokenizer and the PCA behind the static embedder.</summary>
public sealed class StaticEmbeddingTableTests
{
    private static StaticEmbeddingTable Small() => new("test table", ["flood", "##s", "river", ".", "[UNK]"],
    [
        [1f, 0f, 0f, 0.5f],
        [0f, 0.25f, 0f, 0f],
        [0.8f, 0.1f, -0.3f, 0f],
        [0f, 0f, 0f, 0.01f],
        [9f, 9f, 9f, 9f],
    ]);

    [Fact]
    public void ATableWrittenAndReadBackKeepsItsPiecesAndVectorsWithinInt8Rounding()
    {
        var table = Small();
        using var stream = new MemoryStream();
        table.Write(stream);
        stream.Position = 0;
        var read = StaticEmbeddingTable.Read(stream, "small");
        Assert.Equal(table.Source, read.Source);
        Assert.Equal(table.Pieces, read.Pieces);
        for (var i = 0; i < table.Vectors.Length; i++)
        {
            var largest = table.Vectors[i].Max(MathF.Abs);
            for (var d = 0; d < table.Dimensions; d++)
            {
                Assert.InRange(read.Vectors[i][d] - table.Vectors[i][d], -largest / 254, largest / 254);
            }
        }
    }

    [Fact]
    public void ATableIsWrittenUncompressedAndAGzippedOneStillReads()
    {
        var table = Small();
        using var plain = new MemoryStream();
        table.Write(plain);
        Assert.NotEqual(0x1f, plain.ToArray()[0]);

        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(plain.ToArray());
        }

        gzipped.Position = 0;
        plain.Position = 0;
        var fromPlain = StaticEmbeddingTable.Read(plain, "plain");
        var fromGzipped = StaticEmbeddingTable.Read(gzipped, "gzipped");
        Assert.Equal(fromPlain.Pieces, fromGzipped.Pieces);
        Assert.Equal(fromPlain.Vectors, fromGzipped.Vectors);
        Assert.Equal(table.Source, fromGzipped.Source);
    }

    [Fact]
    public void ADamagedOrForeignFileIsRefusedWithItsName()
    {
        using var stream = new MemoryStream();
        Small().Write(stream);
        var cut = new MemoryStream(stream.ToArray()[..(int)(stream.Length / 2)]);
        Assert.Contains("cut.bin", Assert.Throws<InvalidDataException>(() => StaticEmbeddingTable.Read(cut, "cut.bin")).Message, StringComparison.Ordinal);

        using var foreign = new MemoryStream();
        using (var gzip = new GZipStream(foreign, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("not a table at all"u8);
        }

        foreign.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => StaticEmbeddingTable.Read(foreign, "other.bin"));
        Assert.StartsWith("other.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTokenizerCutsWordsIntoThePiecesOfItsVocabulary()
    {
        var tokenizer = new WordPieceTokenizer(new Dictionary<string, int> { ["flood"] = 0, ["##s"] = 1, ["river"] = 2, ["."] = 3, ["cafe"] = 4 });
        var ids = new List<int>();
        tokenizer.Tokenize("Floods. RIVER café riverbank", ids, 100);
        // "riverbank" cannot be cut into known pieces ("##bank" is missing), so, as in BERT, it yields nothing.
        Assert.Equal([0, 1, 3, 2, 4], ids);
        ids.Clear();
        tokenizer.Tokenize("flood flood flood", ids, 2);
        Assert.Equal([0, 0], ids);
    }

    [Fact]
    public void PcaFindsTheEigenvectorsOfASymmetricMatrix()
    {
        // [[2, 1], [1, 2]] has eigenvalues 3 (along (1, 1)) and 1 (along (1, -1)).
        var (values, vectors) = Pca.Eigen(new double[,] { { 2, 1 }, { 1, 2 } });
        var big = values[0] > values[1] ? 0 : 1;
        Assert.Equal(3, values[big], 9);
        Assert.Equal(1, values[1 - big], 9);
        Assert.Equal(Math.Sqrt(0.5), vectors[0, big], 9);
        Assert.Equal(Math.Sqrt(0.5), vectors[1, big], 9);

        // Points on a line through (1, 1) reduce to one coordinate that keeps their spacing.
        var reduced = Pca.Reduce([[0f, 0f], [1f, 1f], [2f, 2f]], 1);
        Assert.Equal(Math.Sqrt(2), reduced[2][0] - reduced[1][0], 5);
        Assert.Equal(Math.Sqrt(2), reduced[1][0] - reduced[0][0], 5);
    }
}
