using Chorus.Web.Briefs;
using Chorus.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chorus.Web.Pages;

/// <summary>One article: its cleaned text with what the brief cites marked, and the removed boilerplate on demand.</summary>
public sealed class ArticleModel(StorePool pool, BriefService briefs) : PageModel
{
    public ArticleView? View { get; private set; }

    public string TextHtml { get; private set; } = "";

    public IActionResult OnGet(string id)
    {
        View = ArticleView.Load(id, pool, briefs);
        if (View is null)
        {
            return NotFound();
        }

        TextHtml = ArticleText.Render(View.Text, View.Cited);
        return Page();
    }
}
