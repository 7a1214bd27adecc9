using System.IO.Compression;
using System.Text;

namespace Chorus.Core.Tests.Support;

/// <summary>Small inputs written by the tests themselves: an article page, feeds, WARC records.</summary>
public static class Fixtures
{
    public const string Lead = "The river burst its banks on Sunday night, flooding hundreds of homes in the valley town, officials said.";

    public static string ArticlePage(string title = "River floods valley town", string extra = "") => $$"""
        <!doctype html>
        <html lang="en-GB"><head>
        <meta charset="utf-8">
        <title>{{title}} | The Valley Post</title>
        <meta property="og:title" content="{{title}}">
        <meta property="og:site_name" content="The Valley Post">
        <meta property="article:published_time" content="2026-03-15T08:30:00+01:00">
        <meta name="author" content="Jane Rivers">
        <link rel="canonical" href="https://valleypost.example/news/river-floods">
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/culture">Culture</a></nav>
        <article class="story">
          <h1>{{title}}</h1>
          <p class="byline">By Jane Rivers</p>
          <p>{{Lead}}</p>
          <figure><img src="a.jpg"><figcaption>Water covers the main square on Monday morning. Photo: Valley Post staff</figcaption></figure>
          <p>Rescue teams worked through the night, moving more than 400 people to the school hall, the fire service said in a statement.</p>
          <blockquote class="twitter-tweet"><p>Unbelievable scenes in the square tonight, stay safe everyone</p>&mdash; Someone (@someone)</blockquote>
          <div class="newsletter-signup"><p>Sign up for our morning briefing, delivered to your inbox every weekday.</p></div>
          <p>The mayor said the town would need weeks to recover, and asked the government for emergency funds to rebuild the bridge.</p>
          <h2>Warnings ignored</h2>
          <p>Residents said warnings about the weak embankment had been raised for years, but repairs were repeatedly delayed by budget disputes.</p>
          {{extra}}
          <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Storm damage closes coast road for a week</a></li><li><a href="/b">Council approves new flood barrier plan</a></li></ul></div>
        </article>
        <section id="comments"><h3>Comments</h3><p>What a disaster, my cousin lives there and lost everything in the water last night.</p></section>
        <footer>© 2026 The Valley Post. All rights reserved.</footer>
        </body></html>
        """;

    public static string Rss(string? itemContent, string link) => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Valley Post World</title><link>https://valleypost.example/</link>
        <item><title>River floods valley town</title><link>{{link}}</link>
        <pubDate>Sun, 15 Mar 2026 08:30:00 GMT</pubDate><description>Short summary only.</description>
        {{(itemContent is null ? "" : "<content:encoded><![CDATA[" + itemContent + "]]></content:encoded>")}}
        </item></channel></rss>
        """;

    public static string Atom(string body) => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Courier</title><id>urn:x</id><updated>2026-03-16T00:00:00Z</updated>
        <entry><title>Bridge reopens after flood</title><link rel="alternate" href="https://hill.example/bridge"/><id>urn:1</id>
        <published>2026-03-16T10:00:00Z</published><updated>2026-03-16T10:00:00Z</updated>
        <content type="html">{{System.Security.SecurityElement.Escape(body)}}</content></entry>
        </feed>
        """;

    /// <summary>Body paragraphs of prose long enough to pass the brief's minimum, as HTML.</summary>
    public static string ProseHtml(string topic) => string.Concat(Enumerable.Range(1, 4).Select(i =>
        $"<p>Paragraph {i} about {topic}: engineers inspected the structure on Monday, and officials said the repairs would take several weeks to finish.</p>"));

    /// <summary>One WARC record with the given type, headers and block.</summary>
    public static byte[] WarcRecord(string type, string uri, byte[] block, string contentType = "application/http; msgtype=response", int? declaredLength = null)
    {
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2026-03-15T09:00:00Z\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: {contentType}\r\nContent-Length: {declaredLength ?? block.Length}\r\n\r\n";
        return [.. Encoding.UTF8.GetBytes(header), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] HttpResponse(string contentType, string body, int status = 200) =>
        Encoding.UTF8.GetBytes($"HTTP/1.1 {status} OK\r\nContent-Type: {contentType}\r\n\r\n{body}");

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
