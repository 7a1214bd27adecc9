using System.Text.Json;

namespace Chorus.Core.Inputs;

/// <summary>What an input file or response holds, decided from its content (the extension is never trusted alone).</summary>
internal enum InputFormat
{
    PlainText,
    Html,
    Feed,
    Warc,
    Jsonl,
    UrlList,
}

internal static partial class InputFormatSniffer
{
    /// <summary>How much of the start of a text is looked at to recognise its format.</summary>
    private const int HeadChars = 4096;

    public static bool IsWarc(ReadOnlySpan<byte> bytes) => bytes.StartsWith("WARC/"u8);

    /// <summary>The format of decoded text.</summary>
    public static InputFormat Detect(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, HeadChars)).TrimStart();
        if (head.StartsWith("WARC/", StringComparison.Ordinal))
        {
            return InputFormat.Warc;
        }

        if (head.StartsWith("<", StringComparison.Ordinal) && LooksLikeFeed(head))
        {
            return InputFormat.Feed;
        }

        if (ContentSniffer.Detect(text) == Documents.ContentKind.Html)
        {
            return InputFormat.Html;
        }

        if (head.StartsWith("{", StringComparison.Ordinal) && FirstLineIsJsonObject(head))
        {
            return InputFormat.Jsonl;
        }

        return IsUrlList(text) ? InputFormat.UrlList : InputFormat.PlainText;
    }

    private static bool LooksLikeFeed(ReadOnlySpan<char> head)
    {
        var text = head.ToString();
        if (text.StartsWith("<?xml", StringComparison.Ordinal) && FeedRoot().IsMatch(text))
        {
            return true;
        }

        var body = SkipXmlPrologue(text);
        return body.StartsWith("<rss", StringComparison.OrdinalIgnoreCase)
            || body.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)
            || body.StartsWith("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Skips the XML declaration, comments, processing instructions and doctype before the root element.</summary>
    private static string SkipXmlPrologue(string head)
    {
        var rest = head.TrimStart();
        while (rest.StartsWith("<?", StringComparison.Ordinal) || rest.StartsWith("<!", StringComparison.Ordinal))
        {
            var end = rest.StartsWith("<!--", StringComparison.Ordinal) ? rest.IndexOf("-->", StringComparison.Ordinal) : rest.IndexOf('>');
            if (end < 0)
            {
                return rest;
            }

            rest = rest[(end + 1)..].TrimStart('>', ' ', '\r', '\n', '\t');
        }

        return rest;
    }

    private static bool FirstLineIsJsonObject(ReadOnlySpan<char> head)
    {
        var newline = head.IndexOf('\n');
        var line = (newline < 0 ? head : head[..newline]).Trim();
        if (newline < 0 && line.Length >= HeadChars - 16)
        {
            return true; // one very long line opening with '{': judge it when reading
        }

        try
        {
            using var json = JsonDocument.Parse(line.ToString());
            return json.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return newline < 0 || line.EndsWith("}", StringComparison.Ordinal);
        }
    }

    /// <summary>Every line that is not blank or a <c>#</c> comment is an http(s) URL.</summary>
    private static bool IsUrlList(string text)
    {
        var lines = UrlLines(text, out var other);
        return lines.Count > 0 && other == 0;
    }

    public static List<string> UrlLines(string text, out int otherLines)
    {
        var urls = new List<string>();
        otherLines = 0;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (IsHttpUrl(line))
            {
                urls.Add(line);
            }
            else
            {
                otherLines++;
            }
        }

        return urls;
    }

    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !text.Contains(' ', StringComparison.Ordinal);


    [System.Text.RegularExpressions.GeneratedRegex(@"<(rss|feed|rdf:RDF)[\s>]")]
    private static partial System.Text.RegularExpressions.Regex FeedRoot();
}
