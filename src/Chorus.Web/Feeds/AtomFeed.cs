using System.Globalization;
using System.Text;
using System.Xml;
using Chorus.Core.Rendering;
using Chorus.Core.Storage;
using Chorus.Web.Briefs;
using Chorus.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chorus.Web.Feeds;

/// <summary>
/// Atom feeds (RFC 4287) so any feed reader can follow Chorus: <c>/feed.atom</c> lists the latest stories (an
/// entry changes when its story does), <c>/stories/{id}/feed.atom</c> follows one story: its current brief, then
/// each article as it joins.
/// </summary>
public static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>Stories in the list feed: a feed reader polls often and keeps what it has seen.</summary>
    private const int ListEntries = 50;

    public static void MapAtomFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.atom", (HttpRequest request, StorePool pool) =>
        {
            var page = pool.Read(s => s.StoryList(new StoryListQuery { Order = StoryOrder.Newest, Limit = ListEntries }));
            var site = Site(request);
            return Results.Text(Write(w =>
            {
                Head(w, $"{site}/feed.atom", "Chorus: latest stories", page.Stories.Count > 0 ? page.Stories[0].LastSeen : DateTime.UnixEpoch, $"{site}/");
                foreach (var story in page.Stories)
                {
                    var outlets = page.Outlets.GetValueOrDefault(story.Id) ?? [];
                    Entry(w, $"{site}/stories/{story.Id}", story.Headline, story.LastSeen, $"{site}/stories/{story.Id}",
                        $"{Sources(story.IndependentSources)} ({string.Join(", ", outlets.Select(o => o.Outlet))}), {story.Articles} articles", html: null);
                }
            }), ContentType);
        }).ExcludeFromDescription();

        app.MapGet("/stories/{id:long}/feed.atom", (long id, HttpRequest request, StorePool pool, BriefService briefs) =>
        {
            if (briefs.Get(id) is not StoryBrief brief)
            {
                return Results.NotFound();
            }

            var site = Site(request);
            var members = pool.Read(s => s.StoryMembers(id));
            return Results.Text(Write(w =>
            {
                Head(w, $"{site}/stories/{id}/feed.atom", brief.Story.Headline, brief.Story.LastSeen, $"{site}/stories/{id}");
                Entry(w, $"{site}/stories/{id}?version={brief.Story.Version}", $"Brief, version {brief.Story.Version}: {brief.Brief.Headline}", brief.Stored.Created,
                    $"{site}/stories/{id}", $"{Sources(brief.Brief.IndependentSources)}, {brief.Brief.ArticleCount} articles", SummaryHtml(brief.Brief));
                foreach (var member in members.OrderByDescending(m => m.Published))
                {
                    Entry(w, $"{site}/articles/{member.ArticleId}", $"{member.Outlet}: {member.Title ?? "(untitled)"}", member.Published,
                        $"{site}/articles/{Uri.EscapeDataString(member.ArticleId)}", member.CopyOf is null ? $"joined as {member.JoinedAs}" : "a copy of another article", html: null);
                }
            }), ContentType);
        }).ExcludeFromDescription();
    }

    private static string Site(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static string Sources(int n) => n == 1 ? "1 independent source" : $"{n} independent sources";

    /// <summary>The summary with the outlets of each sentence, as an HTML fragment (the feed reader renders it).</summary>
    private static string SummaryHtml(BriefDto brief)
    {
        var html = new HtmlWriter().Open("ol");
        foreach (var sentence in brief.Summary)
        {
            var outlets = sentence.Attributions.Select(a => a.Outlet).Distinct(StringComparer.Ordinal);
            html.Open("li").Text(sentence.Text).Text(" ").Element("em", $"({string.Join(", ", outlets)})").Close("li");
        }

        return html.Close("ol").ToString();
    }

    private static string Write(Action<XmlWriter> body)
    {
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Atom);
            body(w);
            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static void Head(XmlWriter w, string self, string title, DateTime updated, string alternate)
    {
        w.WriteElementString("id", Atom, self);
        w.WriteElementString("title", Atom, title);
        w.WriteElementString("updated", Atom, Time(updated));
        Link(w, "self", self);
        Link(w, "alternate", alternate);
        w.WriteStartElement("author", Atom);
        w.WriteElementString("name", Atom, "Chorus");
        w.WriteEndElement();
        w.WriteElementString("generator", Atom, "Chorus");
    }

    private static void Entry(XmlWriter w, string id, string title, DateTime updated, string link, string summary, string? html)
    {
        w.WriteStartElement("entry", Atom);
        w.WriteElementString("id", Atom, id);
        w.WriteElementString("title", Atom, title);
        w.WriteElementString("updated", Atom, Time(updated));
        Link(w, "alternate", link);
        w.WriteElementString("summary", Atom, summary);
        if (html is not null)
        {
            w.WriteStartElement("content", Atom);
            w.WriteAttributeString("type", "html");
            w.WriteString(html);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string href)
    {
        w.WriteStartElement("link", Atom);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Time(DateTime time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
