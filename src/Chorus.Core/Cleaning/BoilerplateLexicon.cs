using System.Text.RegularExpressions;
using Chorus.Core.Lexicon;

namespace Chorus.Core.Cleaning;

/// <summary>
/// The phrase tables of the text-scrape cleaner. Each pattern describes a kind of page furniture in general terms
/// (its wording family and line shape), never the text of a particular page. Reasons are the labels users see in
/// <c>--show-removed</c>.
/// </summary>
internal static partial class BoilerplateLexicon
{
    public const string SocialPost = "embedded social post";
    public const string TeaserLink = "teaser link to another article";
    public const string PhotoCaption = "photo caption";
    public const string PhotoCredit = "photo credit";
    public const string RepeatedLine = "line repeated in the page (caption or alt text)";
    public const string Engagement = "comment, share, subscribe or donation prompt";
    public const string SloganBlock = "slogan block";
    public const string EditorNote = "editor's note or input credit";
    public const string Navigation = "navigation link";
    public const string SectionCrumbs = "section crumbs";
    public const string SourceLine = "source line (metadata)";
    public const string PublishedLine = "publication line (metadata)";
    public const string DateLine = "date line (metadata)";
    public const string DatelineLine = "dateline (metadata)";
    public const string BylineLine = "byline (metadata)";
    public const string CopyrightLine = "copyright line";
    public const string TrailingTeasers = "trailing teasers after the article's end";
    public const string RepeatedAcrossPages = "line repeated across pages (site chrome)";

    /// <summary>"— Name (@handle) July 6, 2021": the attribution line under an embedded post.</summary>
    [GeneratedRegex(@"^(?:[—–-]{1,2}\s*[^()]{1,80}?\s*\(@\w{1,30}\)|A post shared by\b.{0,80}\(@\w{1,30}\)).{0,60}$", RegexOptions.IgnoreCase)]
    public static partial Regex SocialAttribution();

    /// <summary>Marks of post text: media links of social networks, hashtags and @-mentions.</summary>
    [GeneratedRegex(@"pic\.twitter\.com/|twitter\.com/\w+/status|instagram\.com/p/|t\.co/\w|(?:^|\s)#\p{L}\w+|(?:^|\s)@\w{2,}", RegexOptions.IgnoreCase)]
    public static partial Regex SocialMarks();

    [GeneratedRegex(@"pic\.twitter\.com/|twitter\.com/\w+/status|instagram\.com/p/", RegexOptions.IgnoreCase)]
    public static partial Regex SocialMediaLink();

    /// <summary>A line that opens with a teaser label: "READ MORE: …", "Also read – …", "Related: …", "Watch: …".</summary>
    [GeneratedRegex(@"^(?:read more|read also|also read|more|related(?: stories| story| articles?| news| coverage)?|see also|recommended|must read|don'?t miss|you may also like|watch|listen|suggested|trending|latest|also see)\s*[:|>»–—-]", RegexOptions.IgnoreCase)]
    public static partial Regex TeaserLabel();

    /// <summary>A photo credit: a news agency or a picture desk, optionally labelled ("Photo: AFP", "© Getty Images", "Reuters").</summary>
    [GeneratedRegex(@"^(?:(?:file\s+)?(?:photo|image|picture|photograph|pic|video)s?\s*(?:credit)?\s*[:/|-]?\s*)?(?:©\s*)?(?:" + NewsAgencies.Alternation + @"|Getty(?: Images)?|Shutterstock|Alamy|Pool|Handout|File|Twitter|Facebook|Instagram|Supplied)(?:\s*(?:/|via|-)\s*[\p{L} .]{1,30})?\.?$", RegexOptions.IgnoreCase)]
    public static partial Regex PhotoCreditLine();

    /// <summary>A caption label at the start of a line: "Photo: …", "Pictured: …", "File photo of …".</summary>
    [GeneratedRegex(@"^(?:file photo|photo|image|picture|pictured|caption|in pictures)\s*[:|-]", RegexOptions.IgnoreCase)]
    public static partial Regex CaptionLabel();

    /// <summary>Reader-engagement furniture that no article sentence says, whatever the line's length.</summary>
    [GeneratedRegex(@"\bleave a (?:comment|reply)\b|\bemail address will not be published\b|\brequired fields are marked\b|^(?:there are )?no comments(?: yet)?\W*$|^\d+\s+comments?\W*$|^(?:view|show|load|add|post|read|see)\s+(?:all\s+)?(?:\d+\s+)?comments?\b|\bshare (?:this|it)(?: story| article| post)? with (?:a|your) friends?\b|\bhelp us financially\b|\b(?:support|fund) (?:our|independent|quality) journalism\b|\bkeep our journalism\b|\b(?:sign up|subscribe) (?:for|to) (?:our|the)\b.{0,40}\bnewsletter\b|\bwe are an? (?:non-?profit|not-for-profit|independent) (?:organi[sz]ation|newsroom|media)\b|\bif you (?:like|liked|enjoyed|value) (?:this|our) (?:story|article|journalism|work)\b|\bfollow us on (?:twitter|facebook|instagram|telegram|x|whatsapp|google news)\b|\bclick here to\b|\bdownload (?:our|the) app\b|\bjoin (?:our|the) (?:whatsapp|telegram) channel\b|\bbe the first to comment\b|\bhave a (?:story|tip|news tip) (?:to share|for us)\b|\b(?:email|contact|write to) (?:our newsroom|the newsroom|us at)\b", RegexOptions.IgnoreCase)]
    public static partial Regex EngagementStrong();

    /// <summary>Engagement words that mark a line as furniture only when the line is very short.</summary>
    [GeneratedRegex(@"\b(?:comments?|subscribe|subscription|donate|donation|newsletter|share|sign up|log ?in|register|advertisement|sponsored|print)\b", RegexOptions.IgnoreCase)]
    public static partial Regex EngagementWeak();

    /// <summary>Notes of the desk about the text rather than the news: "(With inputs from agencies)", "Reporting by …".</summary>
    [GeneratedRegex(@"^(?:\(.{1,120}\)|\[.{1,120}\]|(?:with inputs? from|additional reporting by|reporting by|writing by|edited by|editing by|compiled by)\b.{0,120})$", RegexOptions.IgnoreCase)]
    public static partial Regex EditorNoteLine();

    /// <summary>Page navigation links.</summary>
    [GeneratedRegex(@"^(?:back to (?:the )?top|scroll to top|go to top|return to top|top of (?:the )?page|skip to (?:main )?content|next (?:article|story|post)|previous (?:article|story|post)|print (?:this )?(?:article|page|story)|home)(?: button| link)?\W*$", RegexOptions.IgnoreCase)]
    public static partial Regex NavigationLink();

    /// <summary>"Source: X" / "SOURCE ; X" / "Via X": where the text says it was taken from.</summary>
    [GeneratedRegex(@"^(?:source|sources|via|courtesy|credit)\s*[;:|-]\s*(?<outlet>[\p{L}\d][\p{L}\d&.' -]{1,60})$", RegexOptions.IgnoreCase)]
    public static partial Regex SourceAttributionLine();

    /// <summary>"Published in X, July 6th, 2021" (a print edition line).</summary>
    [GeneratedRegex(@"^(?:first |originally )?published (?:in|by|on) (?<outlet>[\p{L}][\p{L}\d&.' -]{1,60}?),\s*(?<date>.{6,40})$", RegexOptions.IgnoreCase)]
    public static partial Regex PublishedInLine();

    /// <summary>"Published: …", "Updated 05 Nov, 2024", "Posted on …" before a date.</summary>
    [GeneratedRegex(@"^(?:published|updated|last updated|posted|first published|date)(?: on| at)?\s*[:|-]?\s*", RegexOptions.IgnoreCase)]
    public static partial Regex DateLabel();

    /// <summary>"Lisbon, Portugal | AFP": a place, then the agency or outlet after a bar.</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L} .'-]{1,40}(?:,\s*\p{Lu}[\p{L} .'-]{1,40})?)\s*[|]\s*(?<outlet>\p{L}[\p{L}&.' -]{1,40})$")]
    public static partial Regex PlaceBarOutlet();

    /// <summary>"By Jane Doe" or "By Jane Doe, Outlet" at the top of a page.</summary>
    [GeneratedRegex(@"^by\s+(?<name>\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})(?:\s*(?:[,|]|and)\s*(?<rest>.{1,60}))?$", RegexOptions.IgnoreCase)]
    public static partial Regex Byline();

    [GeneratedRegex(@"^(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved)", RegexOptions.IgnoreCase)]
    public static partial Regex Copyright();

    /// <summary>The holder named by a copyright line: "© 2026 The Courier", "Copyright © Radio X 2026. All rights reserved."</summary>
    [GeneratedRegex(@"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}\s*)?(?<holder>\p{L}[\p{L}&.' -]{1,60}?)\s*(?:\d{4})?\s*(?:[.,]\s*all rights reserved\.?)?$", RegexOptions.IgnoreCase)]
    public static partial Regex CopyrightHolder();

    /// <summary>Breadcrumb separators.</summary>
    [GeneratedRegex(@"\s[›»>/|]\s|\s[›»>]|[›»]\s")]
    public static partial Regex CrumbSeparator();
}
