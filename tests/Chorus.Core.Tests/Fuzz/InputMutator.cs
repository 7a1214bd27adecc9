using System.Text;

namespace Chorus.Core.Tests.Fuzz;

/// <summary>
/// Mutates an input's bytes from a seeded random source: byte flips, truncation, duplicated slices, and inserted
/// markup, entities and control characters; a gzip input is also mutated inside (its text mutated, then gzipped).
/// The same seed gives the same mutants.
/// </summary>
public sealed class InputMutator(int seed)
{
    private static readonly byte[][] Insertions =
    [
        .. new[]
        {
            "<div>", "</div>", "<div/>", "</p>", "<p>", "<![CDATA[", "]]>", "<!--", "-->", "<script>", "</script>", "<svg><svg><svg>",
            "&#0;", "&#xD800;", "&amp;", "&", "<", ">", "\"", "'", "\0", "\u001b[31m", "\r", "\n\n", "\u2028", "\uFEFF", "\t",
            "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<meta charset=\"utf-7\">", "<meta charset=\"utf-32\">", "WARC/1.0\r\n",
            "Content-Length: 2147483647\r\n", "Content-Length: -1\r\n", "Transfer-Encoding: chunked\r\n\r\n7FFFFFFF\r\n", "{\"text\":",
            "\"timestamp_ms\":\"x\"", "\"date\":\"9999-12-31\"", "9999-12-31T23:59:59Z", "0001-01-01", "<item>", "</item>", "<entry>",
            "\u00e9", "\u4e2d\u6587", "said", ".", "...", "\"We", "Mr.",
        }.Select(Encoding.UTF8.GetBytes),
        [0x1F, 0x8B, 0x08, 0x00],
        [0xFF, 0xFE],
        [0xC3],
        [0xFF],
    ];

    private readonly Random random = new(seed);

    public byte[] Mutate(byte[] input)
    {
        if (input.Length > 2 && input[0] == 0x1F && input[1] == 0x8B && random.Next(2) == 0)
        {
            // Mutating the inflated text reaches the readers behind the gzip layer; flipping compressed bytes mostly tests the inflater.
            return FuzzSeeds.Gzip(Mutate(Inflate(input)));
        }

        var bytes = input.ToList();
        var steps = 1 + random.Next(4);
        for (var step = 0; step < steps; step++)
        {
            MutateOnce(bytes);
        }

        return [.. bytes];
    }

    private void MutateOnce(List<byte> bytes)
    {
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(6))
        {
            case 0:
                for (var i = 0; i < 1 + random.Next(8) && bytes.Count > 0; i++)
                {
                    var p = random.Next(bytes.Count);
                    bytes[p] = (byte)(bytes[p] ^ (1 << random.Next(8)));
                }

                break;
            case 1:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 2:
                var length = Math.Min(bytes.Count - at, 1 + random.Next(400));
                var slice = bytes.GetRange(at, length);
                var copies = 1 + random.Next(random.Next(4) == 0 ? 200 : 3);
                for (var c = 0; c < copies; c++)
                {
                    bytes.InsertRange(Math.Min(bytes.Count, at + length), slice);
                }

                break;
            case 3:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(64)));
                break;
            default:
                var insertion = Insertions[random.Next(Insertions.Length)];
                var times = random.Next(5) == 0 ? 1 + random.Next(300) : 1;
                for (var t = 0; t < times; t++)
                {
                    bytes.InsertRange(at, insertion);
                }

                break;
        }
    }

    private static byte[] Inflate(byte[] gzip)
    {
        try
        {
            using var input = new System.IO.Compression.GZipStream(new MemoryStream(gzip), System.IO.Compression.CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return gzip;
        }
    }
}
