using Chorus.Core.Pipeline;
using Chorus.Web.Briefs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chorus.Web.Pages;

/// <summary>
/// A story's page: its attributed brief, how to take it away, and why its articles are one story; with
/// <c>?since=N</c>, what changed since version N above the brief.
/// </summary>
public sealed class StoryModel(BriefService briefs) : PageModel
{
    public StoryBrief? Brief { get; private set; }

    public NoBrief? Missing { get; private set; }

    /// <summary>The changes asked for with <c>?since=N</c>, or why there are none to show.</summary>
    public ChangesLookup? Changes { get; private set; }

    /// <summary>The earlier versions with a kept brief, newest first (each links to the changes since it).</summary>
    public IReadOnlyList<int> EarlierVersions { get; private set; } = [];

    public IActionResult OnGet(long id, int? since)
    {
        switch (briefs.Get(id))
        {
            case StoryBrief brief:
                Brief = brief;
                EarlierVersions = briefs.Versions(id).Where(v => v < brief.Story.Version).ToList();
                Changes = since is { } version ? briefs.Changes(id, version) : null;
                return Page();
            case NoBrief none:
                Missing = none;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            default:
                return NotFound();
        }
    }
}
