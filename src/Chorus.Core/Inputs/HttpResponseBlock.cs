using System.Globalization;
using System.IO.Compression;
using System.Text;

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

    public static HttpResponseBlock? Parse(ReadOnlySpan<byte> block)
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
            return null;
        }

        var head = Encoding.Latin1.GetString(block[..end]);
        var statusLine = head.Split('\n')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (statusLine.Length < 2 || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return null;
        }

        return new HttpResponseBlock(status, WarcReader.ParseHeaders(head, skipFirstLine: true), block[(end + separator)..].ToArray());
    }

    /// <summary>The body with chunked transfer and gzip/deflate/brotli content encoding undone.</summary>
    public byte[]? Body(out string? failure)
    {
        failure = null;
        var body = raw;
        if ((headers.GetValueOrDefault("transfer-encoding") ?? "").Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body) ?? body;
        }

        var encoding = (headers.GetValueOrDefault("content-encoding") ?? "").Trim().ToLowerInvariant();
        if (encoding is "" or "identity")
        {
            return body;
        }

        try
        {
            using var input = new MemoryStream(body);
            using Stream inflater = encoding switch
            {
                "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
                "deflate" => new ZLibStream(input, CompressionMode.Decompress),
                "br" => new BrotliStream(input, CompressionMode.Decompress),
                _ => throw new InvalidDataException($"unknown content encoding '{encoding}'"),
            };
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > MaxInflatedBody)
                {
                    failure = $"inflates to more than {MaxInflatedBody / (1024 * 1024)} MB (a gzip bomb?)";
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            failure = "cannot undo the content encoding: " + e.Message;
            return null;
        }
    }

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

            if (pos + size > body.Length)
            {
                return null;
            }

            output.Write(body, pos, size);
            pos += size + 2;
        }

        return output.ToArray();
    }
}
