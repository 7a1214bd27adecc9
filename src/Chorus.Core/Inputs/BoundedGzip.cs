using System.IO.Compression;
using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>One gzip member of a file (a WARC holds one per record): where it starts, and what it inflated to.</summary>
internal sealed record GzipMember(int Offset, InputResult<byte[]> Inflated);

/// <summary>Inflates gzip data without ever holding more than a set number of inflated bytes (gzip bombs).</summary>
internal static class BoundedGzip
{
    public static bool HasMagic(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 0x08;

    /// <summary>
    /// Inflates every gzip member of the data; a problem naming <paramref name="input"/> once more than
    /// <paramref name="maxBytes"/> come out, or when the data is corrupt.
    /// </summary>
    public static InputResult<byte[]> Inflate(string input, ReadOnlySpan<byte> compressed, long maxBytes)
    {
        var (bytes, reason, _) = InflateBounded(compressed, maxBytes);
        return bytes is not null ? InputResult.Success(bytes) : InputResult.Failure<byte[]>(input, reason!);
    }

    /// <summary>
    /// Inflates each member on its own, so a corrupt one is named by its offset (as <c>input@offset</c>) and the
    /// others are still read. All members together may inflate to <paramref name="maxBytes"/>; the member that
    /// passes it is the last one returned, as the file is then a gzip bomb.
    /// </summary>
    public static IEnumerable<GzipMember> InflateMembers(string input, byte[] compressed, long maxBytes)
    {
        var starts = MemberStarts(compressed);
        var inflatedSoFar = 0L;
        for (var m = 0; m < starts.Count; m++)
        {
            var start = starts[m];
            var end = m + 1 < starts.Count ? starts[m + 1] : compressed.Length;
            var (bytes, reason, overLimit) = InflateBounded(compressed.AsSpan(start, end - start), maxBytes - inflatedSoFar);
            if (bytes is null)
            {
                yield return new GzipMember(start, InputResult.Failure<byte[]>($"{input}@{start}", $"gzip member at byte {start}: {reason}"));
                if (overLimit)
                {
                    yield break;
                }

                continue;
            }

            inflatedSoFar += bytes.Length;
            yield return new GzipMember(start, InputResult.Success(bytes));
        }
    }

    /// <summary>Offsets where a gzip member starts: the magic bytes with a valid flag byte.</summary>
    private static List<int> MemberStarts(byte[] bytes)
    {
        var starts = new List<int>();
        for (var i = 0; i + 3 < bytes.Length; i++)
        {
            if (bytes[i] == 0x1F && bytes[i + 1] == 0x8B && bytes[i + 2] == 0x08 && bytes[i + 3] < 0x20)
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    /// <summary>
    /// A gzip member appended after the data: it comes out whole only when the data before it ended where a gzip
    /// stream may end. The decoder returns what it has at the end of a cut-short stream without a word, so this is how
    /// a truncated file or body is told from a whole one.
    /// </summary>
    private static readonly byte[] EndMarker = "\u0001chorus: end of the gzip data\u0001"u8.ToArray();

    private static readonly byte[] EndMember = Compress(EndMarker);

    private static byte[] Compress(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static (byte[]? Bytes, string? Reason, bool OverLimit) InflateBounded(ReadOnlySpan<byte> compressed, long maxBytes)
    {
        var marked = new byte[compressed.Length + EndMember.Length];
        compressed.CopyTo(marked);
        EndMember.CopyTo(marked.AsSpan(compressed.Length));
        using var input = new MemoryStream(marked, writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > maxBytes + EndMarker.Length)
                {
                    return (null, $"inflates to more than {maxBytes / (1024 * 1024)} MB (a gzip bomb?)", true);
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException e)
        {
            return (null, "the gzip data is corrupt or cut short: " + e.Message, false);
        }

        var inflated = output.GetBuffer().AsSpan(0, (int)output.Length);
        return inflated.EndsWith(EndMarker)
            ? (inflated[..^EndMarker.Length].ToArray(), null, false)
            : (null, "the gzip data is cut short (truncated); what it holds is not used in part", false);
    }
}
