using Chorus.Web.Briefs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chorus.Web.Pages;

/// <summary>A story's page: its attributed brief, how to take it away, and why its articles are one story.</summary>
public sealed class StoryModel(BriefService briefs) : PageModel
{
    public StoryBrief? Brief { get; private set; }

    public NoBrief? Missing { get; private set; }

    public IActionResult OnGet(long id)
    {
        switch (briefs.Get(id))
        {
            case StoryBrief brief:
                Brief = brief;
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
