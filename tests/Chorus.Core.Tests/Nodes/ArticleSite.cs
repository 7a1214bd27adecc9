using System.Collections.Concurrent;
using System.Text;
using Chorus.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Chorus.Core.Tests.Nodes;

/// <summary>
/// A local web site serving invented articles at <c>/a/N</c> (plain text, each answer held back by a delay as a
/// real site's would be), a URL list of them at <c>/list</c>, and a missing page at <c>/gone</c>; it counts every
/// request per path.
/// </summary>
public sealed class ArticleSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> requests = new(StringComparer.Ordinal);
    private LocalWebServer? server;

    private ArticleSite(IReadOnlyList<InventedArticle> articles) => Articles = articles;

    public IReadOnlyList<InventedArticle> Articles { get; }

    /// <summary>Requests per path since the last <see cref="ForgetRequests"/>.</summary>
    public IReadOnlyDictionary<string, int> Requests => requests;

    public static async Task<ArticleSite> StartAsync(IReadOnlyList<InventedArticle> articles, TimeSpan delay)
    {
        var site = new ArticleSite(articles);
        site.server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/a/{n:int}", async (HttpContext c, int n) =>
            {
                site.requests.AddOrUpdate(c.Request.Path, 1, (_, k) => k + 1);
                await Task.Delay(delay);
                await LocalWebServer.WriteAsync(c, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(articles[n].Document.Content));
            });
            app.MapGet("/gone", (HttpContext c) =>
            {
                site.requests.AddOrUpdate(c.Request.Path, 1, (_, k) => k + 1);
                return Results.NotFound();
            });
        });
        return site;
    }

    public string PageUrl(int n) => server!.Url($"/a/{n}");

    public string MissingUrl => server!.Url("/gone");

    /// <summary>Writes a URL list of every article, with the missing page after the first <paramref name="missingAfter"/>.</summary>
    public string WriteList(string path, int missingAfter)
    {
        var urls = Enumerable.Range(0, Articles.Count).Select(PageUrl).ToList();
        urls.Insert(missingAfter, MissingUrl);
        File.WriteAllLines(path, urls);
        return path;
    }

    public void ForgetRequests() => requests.Clear();

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
