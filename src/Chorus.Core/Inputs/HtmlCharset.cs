using System.Text;
using System.Text.RegularExpressions;
using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>
/// Decodes web content: a byte-order mark wins, then the HTTP charset, then a <c>&lt;meta charset&gt;</c> (or
/// http-equiv) in the first bytes, then the fallback detector of <see cref="TextDecoding"/> (strict UTF-8, else
/// Windows-1252).
/// </summary>
internal static partial class HtmlCharset
{
    /// <summary>Browsers look for the meta charset in the first 1024 bytes; some pages put it later, so look a little further.</summary>
    private const int MetaScanBytes = 4096;

    static HtmlCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The page's text, or a problem naming <paramref name="input"/> (as <see cref="TextDecoding.Decode"/>).</summary>
    public static InputResult<DecodedText> Decode(string input, ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (HasBom(bytes) || bytes.Length == 0)
        {
            return TextDecoding.Decode(input, bytes);
        }

        var declared = FromContentType(contentType) ?? FromMeta(bytes);
        // A page that declares UTF-16 or UTF-32 but holds no NUL byte is ASCII-compatible: browsers read it as
        // UTF-8, where decoding it as declared would give a page of CJK garbage.
        if (declared is not null && TryEncoding(declared) is { } encoding && encoding.WebName != "utf-8"
            && !(encoding is UnicodeEncoding or UTF32Encoding && !bytes[..Math.Min(bytes.Length, MetaScanBytes)].Contains((byte)0)))
        {
            if (TextDecoding.LooksBinary(bytes))
            {
                return TextDecoding.Binary(input);
            }

            var text = encoding.GetString(bytes);
            return string.IsNullOrWhiteSpace(text)
                ? InputResult.Failure<DecodedText>(input, "the page holds no text")
                : InputResult.Success(new DecodedText(text, encoding.WebName));
        }

        return TextDecoding.Decode(input, bytes);
    }

    public static string? FromContentType(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var match = CharsetParameter().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? FromMeta(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaScanBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>
    /// The declared encoding, or null to detect it: names .NET does not know, and UTF-7 (which browsers refuse, as
    /// it lets a page hide markup, and .NET no longer decodes).
    /// </summary>
    private static Encoding? TryEncoding(string name)
    {
        var trimmed = name.Trim().Trim('"', '\'').ToLowerInvariant();
        if (trimmed is "utf-7" or "utf7" or "csunicode11utf7" or "unicode-1-1-utf-7" or "x-unicode20utf7" or "x-unicode2-0-utf-7")
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(trimmed);
            return encoding.WebName.StartsWith("utf-7", StringComparison.Ordinal) ? null : encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static bool HasBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([\w.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
