using System.Collections.Concurrent;
using System.Globalization;
using System.Security;
using System.Text;
using Chorus.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Chorus.Core.Tests.Feeds;

/// <summary>One request the site saw: its path and the validators of a conditional GET.</summary>
public sealed record SeenRequest(string Path, string? IfNoneMatch, string? IfModifiedSince, DateTimeOffset At);

/// <summary>
/// A synthetic news site on a real loopback Kestrel server: RSS 2.0 with summaries only (ETag), RSS 2.0 with full
/// content (no validators), Atom with summaries (Last-Modified), RSS 1.0 with full content, the item pages, and
/// broken feeds. Every item's text is its own, so every item is its own article.
/// </summary>
public sealed class FeedSite : IAsyncDisposable
{
    public static readonly DateTimeOffset Newest = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    private LocalWebServer server = null!;

    private FeedSite()
    {
    }

    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    /// <summary>Items each feed lists now (by feed name); 3 unless set.</summary>
    public ConcurrentDictionary<string, int> ItemCounts { get; } = new();

    /// <summary>Minutes between two items of a feed (by feed name); 30 unless set.</summary>
    public ConcurrentDictionary<string, int> Gaps { get; } = new();

    /// <summary>Times an item was revised (by feed name and item number): its text gains an update and its date moves.</summary>
    public ConcurrentDictionary<(string Feed, int Item), int> Revisions { get; } = new();

    /// <summary>While set, item pages never answer (a poller can be killed while it waits for one).</summary>
    public bool StallPages { get; set; }

    public string Url(string path) => server.Url(path);

    public int Count(string pathPrefix) => Requests.Count(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

    public static async Task<FeedSite> StartAsync()
    {
        var site = new FeedSite();
        site.server = await LocalWebServer.StartAsync(app => site.Map(app));
        return site;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    public static string ArticleText(string feed, int item) => string.Concat(Enumerable.Range(1, 4).Select(p =>
        $"<p>In report {item} from the {feed} desk, paragraph {p} says the council of {Town(feed, item)} voted {item + 10} to {p + 2} on Tuesday to approve new spending on {Topic(item)}, officials said after the long meeting.</p>"));

    /// <summary>The item's text as the site serves it now: revised items open with their latest update.</summary>
    public string CurrentText(string feed, int item) => Revisions.GetValueOrDefault((feed, item)) is var r and > 0
        ? $"<p>Update {r}: the council of {Town(feed, item)} moved the final vote on the {Topic(item)} to Wednesday evening after a late objection from residents.</p>" + ArticleText(feed, item)
        : ArticleText(feed, item);

    private static string Town(string feed, int item) => $"{char.ToUpperInvariant(feed[0])}{feed[1..]}ford{item}";

    private static string Topic(int item) => new[] { "flood barriers", "school roofs", "bus lanes", "street lights", "water mains", "park benches" }[item % 6];

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            Requests.Enqueue(new SeenRequest(context.Request.Path.Value ?? "", context.Request.Headers.IfNoneMatch.FirstOrDefault(), context.Request.Headers.IfModifiedSince.FirstOrDefault(), DateTimeOffset.UtcNow));
            await next(context);
        });
        app.MapGet("/rss/{name}", (string name, HttpContext c) => Conditional(c, name, useETag: true, "application/rss+xml", Rss(name, full: false)));
        app.MapGet("/full/{name}", (string name, HttpContext c) => Write(c, "application/rss+xml", Rss(name, full: true)));
        app.MapGet("/atom/{name}", (string name, HttpContext c) => Conditional(c, name, useETag: false, "application/atom+xml", Atom(name)));
        app.MapGet("/rdf/{name}", (string name, HttpContext c) => Write(c, "application/rdf+xml", Rdf(name)));
        app.MapGet("/page/{name}/{item:int}", async (string name, int item, HttpContext c) =>
        {
            if (StallPages)
            {
                await Task.Delay(TimeSpan.FromMinutes(1), c.RequestAborted);
            }

            await Write(c, "text/html; charset=utf-8",
                $"<!doctype html><html><head><title>{Title(name, item)}</title></head><body><article><h1>{Title(name, item)}</h1>{CurrentText(name, item)}</article></body></html>");
        });
        app.MapGet("/broken/500", () => Results.StatusCode(500));
        app.MapGet("/broken/html", (HttpContext c) => Write(c, "text/html", "<!doctype html><html><head><title>Home</title></head><body><p>Welcome to our home page.</p></body></html>"));
        app.MapGet("/broken/garbage", (HttpContext c) => Write(c, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut off</title><item><title>half"));
        app.MapGet("/broken/busy", (HttpContext c) =>
        {
            c.Response.Headers.RetryAfter = "7200";
            return Results.StatusCode(429);
        });
        app.MapGet("/broken/loop", () => Results.Redirect("/broken/loop"));
    }

    private int Items(string name) => ItemCounts.GetValueOrDefault(name, 3);

    private DateTimeOffset Date(string name, int item) => Newest - TimeSpan.FromMinutes(Gaps.GetValueOrDefault(name, 30) * (Items(name) - item));

    private static string Title(string name, int item) => $"Council of {Town(name, item)} approves {Topic(item)}";

    private IEnumerable<int> ItemNumbers(string name) => Enumerable.Range(1, Items(name)).Reverse();

    private string Rss(string name, bool full) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>{name} News</title><link>{Url("/")}</link>
        {string.Concat(ItemNumbers(name).Select(i => $"""
            <item><title>{Title(name, i)}</title><link>{Url($"/page/{name}/{i}")}</link><guid isPermaLink="false">{name}-{i}</guid>
            <pubDate>{Date(name, i).ToString("R", CultureInfo.InvariantCulture)}</pubDate><description>A short summary of report {i}.</description>
            {(Revisions.GetValueOrDefault((name, i)) is var r and > 0 ? $"<updated xmlns=\"http://www.w3.org/2005/Atom\">{Date(name, i).AddMinutes(r):O}</updated>" : "")}
            {(full ? $"<content:encoded><![CDATA[{CurrentText(name, i)}]]></content:encoded>" : "")}</item>
            """))}
        </channel></rss>
        """;

    private string Atom(string name) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>{name} Courier</title><id>urn:{name}</id><updated>{Newest:O}</updated>
        {string.Concat(ItemNumbers(name).Select(i => $"""
            <entry><title>{Title(name, i)}</title><link rel="alternate" href="{Url($"/page/{name}/{i}")}"/><id>urn:{name}:{i}</id>
            <published>{Date(name, i):O}</published><updated>{Date(name, i):O}</updated><summary>A short summary of report {i}.</summary></entry>
            """))}
        </feed>
        """;

    private string Rdf(string name) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel rdf:about="{Url("/")}"><title>{name} Gazette</title><link>{Url("/")}</link></channel>
        {string.Concat(ItemNumbers(name).Select(i => $"""
            <item rdf:about="{Url($"/page/{name}/{i}")}"><title>{Title(name, i)}</title><link>{Url($"/page/{name}/{i}")}</link>
            <dc:date>{Date(name, i):O}</dc:date><content:encoded>{SecurityElement.Escape(ArticleText(name, i))}</content:encoded></item>
            """))}
        </rdf:RDF>
        """;

    private Task Conditional(HttpContext c, string name, bool useETag, string type, string body)
    {
        var revised = Revisions.Where(r => r.Key.Feed == name).Sum(r => r.Value);
        var version = $"\"{name}-{Items(name)}{(revised > 0 ? $"-r{revised}" : "")}\"";
        var modified = Date(name, Items(name));
        if (useETag)
        {
            c.Response.Headers.ETag = version;
            if (c.Request.Headers.IfNoneMatch.ToString() == version)
            {
                c.Response.StatusCode = 304;
                return Task.CompletedTask;
            }
        }
        else
        {
            c.Response.Headers.LastModified = modified.ToString("R", CultureInfo.InvariantCulture);
            if (DateTimeOffset.TryParse(c.Request.Headers.IfModifiedSince.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since) && since >= modified)
            {
                c.Response.StatusCode = 304;
                return Task.CompletedTask;
            }
        }

        return Write(c, type, body);
    }

    private static Task Write(HttpContext c, string type, string body) => LocalWebServer.WriteAsync(c, type, Encoding.UTF8.GetBytes(body));
}

/// <summary>A clock the test moves by hand: the poller's "now" without sleeping.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
