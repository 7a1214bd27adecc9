using System.Globalization;
using System.Text;
using System.Xml;
using Chorus.Core.Pipeline;
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
/// entry changes when its story does), <c>/stories/{id}/feed.atom</c> follows one story: an entry per kept version of
/// its brief (what changed since the version before, then the summary), then each article as it joins.
/// </summary>
public static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>Stories in the list feed: a feed reader polls often and keeps what it has seen.</summary>
    private const int ListEntries = 50;

    /// <summary>Versions of a story's brief in its feed, newest first.</summary>
    private const int VersionEntries = 20;

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
            var history = pool.Read(s => StoryBriefVersions.History(s, id, VersionEntries));
            return Results.Text(Write(w =>
            {
                Head(w, $"{site}/stories/{id}/feed.atom", brief.Story.Headline, brief.Story.LastSeen, $"{site}/stories/{id}");
                // One entry per kept version of the brief: a feed reader sees a new entry each time the brief changes.
                foreach (var (version, changes) in history)
                {
                    var dto = version.Version == brief.Story.Version ? brief.Brief : StoredBriefJson.Brief(version.BriefJson);
                    Entry(w, $"{site}/stories/{id}?version={version.Version}", $"Brief, version {version.Version}: {dto.Headline}", version.Created,
                        changes is null ? $"{site}/stories/{id}" : $"{site}/stories/{id}?since={changes.Since}",
                        $"{Sources(dto.IndependentSources)}, {dto.ArticleCount} articles" + (changes is null ? "" : $"; since version {changes.Since}: {BriefChangesRender.Counts(changes)}"),
                        (changes is null ? "" : ChangesHtml(changes)) + SummaryHtml(dto));
                }

                foreach (var member in members.OrderByDescending(m => m.Published))
                {
                    Entry(w, $"{site}/articles/{member.ArticleId}", $"{member.Outlet}: {member.Title ?? "(untitled)"}", member.Published,
                        $"{site}/articles/{Uri.EscapeDataString(member.ArticleId)}", member.CopyOf is null ? $"joined as {member.JoinedAs}" : "a copy of another article", html: null);
                }
            }), ContentType);
        }).ExcludeFromDescription();
    }

    /// <summary>What changed since the previous kept version, as an HTML fragment before the summary.</summary>
    private static string ChangesHtml(BriefChanges changes)
    {
        var html = new HtmlWriter();
        foreach (var (title, items) in new (string, IEnumerable<string>)[]
        {
            ("Added to the summary", changes.AddedSentences.Select(s => $"{s.Text} ({string.Join(", ", s.Outlets)})")),
            ("Removed from the summary", changes.RemovedSentences.Select(s => s.Text)),
            ("New sources", changes.NewSources.Select(s => $"{s.Outlet}: {s.Title ?? "(untitled)"}")),
            ("New conflicts", changes.NewConflicts.Select(c => $"{c.Claim}: {string.Join(" | ", c.Sides)}")),
            ("Resolved conflicts", changes.ResolvedConflicts.Select(c => c.Claim)),
        })
        {
            var list = items.ToList();
            if (list.Count == 0)
            {
                continue;
            }

            html.Element("h3", title).Open("ul");
            foreach (var item in list)
            {
                html.Element("li", item);
            }

            html.Close("ul");
        }

        return html.ToString();
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
