using System.IO.Compression;
using System.Text;

namespace Chorus.Core.Tests.Fuzz;

/// <summary>One well-formed input of each format the readers take; the fuzzer mutates these.</summary>
public static class FuzzSeeds
{
    private const string Lead = "The council said on Tuesday that engineers would reopen the bridge over the river within six weeks.";

    private const string Second = "Residents of the valley town told reporters that 120 homes had been flooded since Sunday night.";

    private const string Third = "\"We are doing everything we can,\" said Mayor Ana Ruiz, who visited the damaged homes on Monday.";

    public static IReadOnlyList<(string Name, byte[] Bytes)> All { get; } =
    [
        ("page.html", Html()),
        ("feed.rss", Rss()),
        ("feed.atom", Atom()),
        ("archive.warc", Warc()),
        ("lines.jsonl", Jsonl()),
        ("report.txt", Encoding.UTF8.GetBytes($"Flood closes the valley bridge\n\n{Lead} {Second}\n\n{Third}\n")),
        ("page.html.gz", Gzip(Html())),
        ("archive.warc.gz", Gzip(Warc())),
    ];

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] Html() => Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Flood closes the valley bridge</title>"
        + "<meta property=\"article:published_time\" content=\"2026-03-15T09:00:00Z\"><meta property=\"og:site_name\" content=\"Valley News\"></head>"
        + $"<body><nav><a href=\"/\">Home</a></nav><article><h1>Flood closes the valley bridge</h1><p>{Lead}</p><p>{Second}</p><p>{Third}</p></article>"
        + "<footer>Copyright Valley News</footer></body></html>");

    private static byte[] Rss() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Valley News</title><link>https://news.example/</link>"
        + $"<item><title>Flood closes the valley bridge</title><link>https://news.example/flood</link><pubDate>Sun, 15 Mar 2026 09:00:00 GMT</pubDate><description>{Second}</description><content:encoded><![CDATA[<p>{Lead}</p><p>{Second}</p><p>{Third}</p>]]></content:encoded></item>"
        + $"<item><title>Homes flooded</title><link>https://news.example/homes</link><description>{Second} {Lead} {Third}</description></item></channel></rss>");

    private static byte[] Atom() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Valley Post</title><updated>2026-03-15T10:00:00Z</updated>"
        + $"<entry><title>Bridge to reopen</title><link href=\"https://post.example/bridge\"/><updated>2026-03-15T10:00:00Z</updated><content type=\"html\">&lt;p&gt;{Lead}&lt;/p&gt;&lt;p&gt;{Second}&lt;/p&gt;&lt;p&gt;{Third.Replace("\"", "&quot;", StringComparison.Ordinal)}&lt;/p&gt;</content></entry></feed>");

    private static byte[] Jsonl() => Encoding.UTF8.GetBytes(
        $"{{\"title\":\"Flood closes the valley bridge\",\"text\":\"{Lead} {Second}\",\"outlet\":\"Valley News\",\"date\":\"2026-03-15\"}}\n"
        + $"{{\"title\":\"Homes flooded\",\"text\":\"{Second} {Lead} {Third.Replace("\"", "\\\"", StringComparison.Ordinal)}\",\"timestamp_ms\":1773565200000}}\n");

    private static byte[] Warc()
    {
        var http = Encoding.UTF8.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n");
        var block = http.Concat(Html()).ToArray();
        var info = Encoding.UTF8.GetBytes("software: fuzz seed\r\n");
        return [.. Record("warcinfo", "", info, "application/warc-fields"), .. Record("response", "https://news.example/flood", block, "application/http; msgtype=response")];
    }

    private static byte[] Record(string type, string uri, byte[] block, string contentType)
    {
        var header = Encoding.UTF8.GetBytes(
            $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2026-03-15T09:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{type.Length % 10}>\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n");
        return [.. header, .. block, .. "\r\n\r\n"u8.ToArray()];
    }
}
