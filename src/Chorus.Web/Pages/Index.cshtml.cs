using Chorus.Core.Storage;
using Chorus.Web.Api;
using Chorus.Web.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Chorus.Web.Pages;

/// <summary>The story list: most covered or newest first, filtered by outlet, dates and text, a page at a time.</summary>
public sealed class IndexModel(StorePool pool, ServeOptions options) : PageModel
{
    public ListParameters? Parameters { get; private set; }

    public StoryListPage? Stories { get; private set; }

    public string? Problem { get; private set; }

    public int Pages => Stories is null || Parameters is null ? 0 : Math.Max(1, (Stories.Total + Parameters.Query.Limit - 1) / Parameters.Query.Limit);

    /// <summary>The most independent sources of the listed stories: the coverage bars are drawn against it.</summary>
    public int MostSources => Stories is { Stories.Count: > 0 } ? Math.Max(1, Stories.Stories.Max(s => s.IndependentSources)) : 1;

    public IActionResult OnGet()
    {
        var (parameters, problem) = ListParameters.Read(Request.Query, options.Limits.StoriesPerPage);
        if (parameters is null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Parameters = parameters;
        Stories = pool.Read(s => s.StoryList(parameters.Query));
        return Page();
    }

    /// <summary>This list's address with one query value changed (null removes it); the page is reset unless it is the one changed.</summary>
    public string With(string name, string? value)
    {
        var query = Request.Query.Where(q => q.Key != name && q.Key != "offset" && (name == "page" || q.Key != "page"))
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        if (value is not null)
        {
            query[name] = value;
        }

        return QueryHelpers.AddQueryString("/", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
