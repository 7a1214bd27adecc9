using Chorus.Core.Storage;
using Chorus.Web.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chorus.Web.Pages;

/// <summary>The subscriptions and how each is doing: last and next fetch, items taken, the last error in words.</summary>
public sealed class FeedsModel(StorePool pool, ServeOptions options) : PageModel
{
    public IReadOnlyList<FeedRow> Feeds { get; private set; } = [];

    public DateTime Now { get; private set; }

    public bool Polling => options.PollFeeds;

    public void OnGet()
    {
        Feeds = pool.Read(s => s.Feeds());
        Now = DateTime.UtcNow;
    }
}
