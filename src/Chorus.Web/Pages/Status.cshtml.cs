using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chorus.Web.Pages;

/// <summary>The page shown for an error status: what went wrong in words, and a way back.</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public (string Title, string Detail) Message => Code switch
    {
        404 => ("Not here", "There is no story, article or page at this address. The story may have been merged into another one as more articles arrived."),
        405 => ("Not allowed", "This address cannot be used that way."),
        413 => ("Too large", "The request is larger than this server accepts."),
        429 => ("Too many requests", "Wait a minute and try again."),
        _ => ("Something went wrong", "The server could not answer this request."),
    };

    public void OnGet(int code)
    {
        Code = code;
        ViewData["Title"] = Message.Title;
    }
}
