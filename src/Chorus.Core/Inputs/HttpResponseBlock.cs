using System.Globalization;
using System.IO.Compression;
using System.Text;
using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>An HTTP response as archived in a WARC record: status, headers and the raw body.</summary>
internal sealed class HttpResponseBlock
{
    /// <summary>Largest body inflated from an archived response (same reason as the fetch body limit).</summary>
    private const long MaxInflatedBody = InputOptions.DefaultMaxBodyBytes * 4;

    private readonly byte[] raw;
    private readonly Dictionary<string, string> headers;

    private HttpResponseBlock(int status, Dictionary<string, string> headers, byte[] raw)
    {
        Status = status;
        this.headers = headers;
        this.raw = raw;
    }

    public int Status { get; }

    public string? ContentType => headers.GetValueOrDefault("content-type");

    /// <summary>The status line, headers and body of an archived response, or a problem naming <paramref name="input"/>.</summary>
    public static InputResult<HttpResponseBlock> Parse(string input, ReadOnlySpan<byte> block)
    {
        var end = block.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (end < 0)
        {
            end = block.IndexOf("\n\n"u8);
            separator = 2;
        }

        if (end < 0 || !block.StartsWith("HTTP/"u8))
        {
            return NotAResponse(input);
        }

        var head = Encoding.Latin1.GetString(block[..end]);
        var statusLine = head.Split('\n')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (statusLine.Length < 2 || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return NotAResponse(input);
        }

        return InputResult.Success(new HttpResponseBlock(status, WarcReader.ParseHeaders(head, skipFirstLine: true), block[(end + separator)..].ToArray()));
    }

    /// <summary>The body with chunked transfer and gzip/deflate/brotli content encoding undone, or a problem naming <paramref name="input"/>.</summary>
    public InputResult<byte[]> Body(string input)
    {
        var body = raw;
        if ((headers.GetValueOrDefault("transfer-encoding") ?? "").Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body) ?? body;
        }

        var encoding = (headers.GetValueOrDefault("content-encoding") ?? "").Trim().ToLowerInvariant();
        if (encoding is "" or "identity")
        {
            return InputResult.Success(body);
        }

        try
        {
            using var compressed = new MemoryStream(body);
            using Stream inflater = encoding switch
            {
                "gzip" or "x-gzip" => new GZipStream(compressed, CompressionMode.Decompress),
                "deflate" => new ZLibStream(compressed, CompressionMode.Decompress),
                "br" => new BrotliStream(compressed, CompressionMode.Decompress),
                _ => throw new InvalidDataException($"unknown content encoding '{encoding}'"),
            };
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > MaxInflatedBody)
                {
                    return InputResult.Failure<byte[]>(input, $"inflates to more than {MaxInflatedBody / (1024 * 1024)} MB (a gzip bomb?)");
                }

                output.Write(buffer, 0, read);
            }

            return InputResult.Success(output.ToArray());
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException)
        {
            // A corrupt brotli stream throws InvalidOperationException, a corrupt gzip one InvalidDataException.
            return InputResult.Failure<byte[]>(input, $"cannot undo the {encoding} content encoding (the body is corrupt): " + e.Message);
        }
    }

    private static InputResult<HttpResponseBlock> NotAResponse(string input) =>
        InputResult.Failure<HttpResponseBlock>(input, "holds no readable HTTP response");

    /// <summary>The chunks joined; null when the chunk framing is broken (the body is then used as it came).</summary>
    private static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var pos = 0;
        while (pos < body.Length)
        {
            var lineEnd = body.AsSpan(pos).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                return null;
            }

            var sizeText = Encoding.ASCII.GetString(body, pos, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return null;
            }

            pos += lineEnd + 2;
            if (size == 0)
            {
                return output.ToArray();
            }

            if (size > body.Length - pos)
            {
                return null;
            }

            output.Write(body, pos, size);
            pos += size + 2;
        }

        return output.ToArray();
    }
}
