using Chorus.Core.Rendering;
using Chorus.Core.Storage;
using Chorus.Web.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chorus.Web.Pages;

/// <summary>Search over the store's full-text index: the stories with matching articles, then the articles.</summary>
public sealed class SearchModel(SearchService search, ServeOptions options) : PageModel
{
    /// <summary>Marks around matched words in snippets: control characters no article text holds.</summary>
    private const string Open = "\u0002", Close = "\u0003";

    /// <summary>Stories above the first page of hits: a glance at where the matches are, not a second list.</summary>
    private const int StoriesShown = 10;

    public string Query { get; private set; } = "";

    public string? Problem { get; private set; }

    public IReadOnlyList<StoryHit> Stories { get; private set; } = [];

    public SearchPage? Articles { get; private set; }

    public int Offset { get; private set; }

    public IActionResult OnGet(string? q, int? offset)
    {
        Query = (q ?? "").Trim();
        ViewData["Query"] = Query;
        if (Query.Length == 0)
        {
            return Page();
        }

        if (!SearchQuery.TryParse(Query, out var query, out var error))
        {
            Problem = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Offset = Math.Max(0, offset ?? 0);
        var results = search.Find(query, new SearchRequest
        {
            Offset = Offset,
            Limit = options.Limits.HitsPerPage,
            StoryLimit = Offset == 0 ? StoriesShown : 0,
            Open = Open,
            Close = Close,
        });
        Articles = results.Articles;
        Stories = results.Stories;
        return Page();
    }

    public int PerPage => options.Limits.HitsPerPage;

    /// <summary>A snippet as HTML: its text encoded, the matched words in <c>mark</c>.</summary>
    public static string Snippet(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        return HtmlWriter.Encode(snippet).Replace(HtmlWriter.Encode(Open), "<mark>", StringComparison.Ordinal).Replace(HtmlWriter.Encode(Close), "</mark>", StringComparison.Ordinal);
    }
}
