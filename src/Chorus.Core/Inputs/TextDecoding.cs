using System.Text;
using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>Text decoded from an input's bytes, and the encoding it was decoded with.</summary>
public sealed record DecodedText(string Text, string EncodingName);

/// <summary>
/// Turns bytes into text: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE), otherwise strict UTF-8,
/// otherwise Windows-1252. Bytes that look binary (NULs, many control characters) are refused.
/// </summary>
public static class TextDecoding
{
    /// <summary>More control characters than this share of the bytes means the file is not text.</summary>
    private const double MaxControlShare = 0.02;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text of <paramref name="bytes"/>, or a problem naming <paramref name="input"/> (empty, binary, no text).</summary>
    public static InputResult<DecodedText> Decode(string input, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return InputResult.Failure<DecodedText>(input, "it is empty");
        }

        if (TryBom(bytes, out var bomEncoding, out var bomLength))
        {
            return Finish(input, bomEncoding.GetString(bytes[bomLength..]), bomEncoding.WebName);
        }

        if (LooksBinary(bytes))
        {
            return Binary(input);
        }

        try
        {
            return Finish(input, StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return Finish(input, Encoding.GetEncoding(1252).GetString(bytes), "windows-1252");
        }
    }

    /// <summary>The problem of bytes that <see cref="LooksBinary"/>.</summary>
    internal static InputResult<DecodedText> Binary(string input) =>
        InputResult.Failure<DecodedText>(input, "it looks binary (NUL or control bytes), not text");

    private static InputResult<DecodedText> Finish(string input, string text, string encodingName)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputResult.Failure<DecodedText>(input, "it holds no text");
        }

        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        if (controls > text.Length * MaxControlShare)
        {
            return InputResult.Failure<DecodedText>(input, $"it decodes as {encodingName} but holds {controls} control characters; it is not text");
        }

        return InputResult.Success(new DecodedText(text, encodingName));
    }

    private static bool TryBom(ReadOnlySpan<byte> bytes, out Encoding encoding, out int length)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            (encoding, length) = (new UTF8Encoding(false), 3);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            (encoding, length) = (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (encoding, length) = (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (encoding, length) = (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
            return true;
        }

        (encoding, length) = (StrictUtf8, 0);
        return false;
    }

    /// <summary>NULs or many control bytes in the first 8 KB: an image, an archive, a program, not text.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x1B))
            {
                controls++;
            }
        }

        return controls > sample.Length * MaxControlShare;
    }
}
