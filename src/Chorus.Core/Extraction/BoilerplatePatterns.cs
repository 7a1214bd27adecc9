using System.Text.RegularExpressions;
using Chorus.Core.Lexicon;

namespace Chorus.Core.Extraction;

/// <summary>
/// The extraction rules kept as data: which elements are never content, which class/id words mark content or
/// furniture, and phrases of page furniture. Order matters only for the reason reported when something is removed.
/// </summary>
internal static partial class BoilerplatePatterns
{
    /// <summary>Elements that never hold article prose.</summary>
    public static readonly string[] NeverContentTags =
    [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "button", "select", "input", "textarea", "form", "nav", "aside", "footer", "figcaption", "menu", "dialog",
    ];

    /// <summary>Embedded posts from social platforms, identified by the classes their embed codes use.</summary>
    public static readonly (string Selector, string Reason)[] EmbeddedPosts =
    [
        ("blockquote.twitter-tweet, blockquote.twitter-video", "embedded post"),
        ("blockquote.instagram-media, blockquote.tiktok-embed, blockquote.reddit-card", "embedded post"),
        (".fb-post, .fb-video, [data-embed-type], .embed-twitter, .embed-instagram", "embedded post"),
    ];

    /// <summary>"PromoSmall-title" → "Promo-Small-title", so that camel-cased class names split into words too.</summary>
    public static string SplitCamelCase(string names) => CamelBoundary().Replace(names, "$1-$2");

    [GeneratedRegex(@"(\p{Ll})(\p{Lu})")]
    private static partial Regex CamelBoundary();

    /// <summary>Class/id words of page furniture: a matching element is removed (unless it holds most of the page).</summary>
    [GeneratedRegex(@"(^|[-_\s])(comments?|disqus|respond|share|sharing|social|related|recommend(ed|ations)?|newsletter|subscribe|subscription|signup|sign-up|promo|advert(isement)?|ads?|ad-?slot|sponsor(ed)?|sidebar|widget|breadcrumbs?|byline|dateline|author-?bio|bio|caption|credit|most-?(read|popular)|trending|outbrain|taboola|paywall|modal|popup|cookie|consent|toolbar|masthead|footer|header|nav|navigation|menu|skip|print-only|hidden|visually-hidden|sr-only|read-?more|more-?stories|also-?read|inline-?link|next-?article|pagination)($|[-_\s])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FurnitureClass();

    /// <summary>Class/id words of article bodies: they raise a container's content score.</summary>
    [GeneratedRegex(@"(article|story|entry|post|main|content|text|body|blog|prose|rich-?text|paragraph)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ContentClass();

    /// <summary>Class/id words that lower a container's score without removing it.</summary>
    [GeneratedRegex(@"(comment|sidebar|footer|related|promo|widget|share|social|meta|ad-|sponsor|teaser|card|list|rail|aside)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex WeakClass();

    /// <summary>Labelled metadata inside a short block: "Tags: …", "Filed under …", "Publicado por: …".</summary>
    [GeneratedRegex(@"(^|\s|-)(tags|categor(y|ies|ia|ie)|filed under|posted in|publicado por|published by|posted by|schlagw(ö|o)rter|étiquettes)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex MetadataLabel();

    /// <summary>Whole-block phrases of page furniture, matched against a short block's text.</summary>
    [GeneratedRegex(@"^(advertisement|advert|ad|sponsored|(published|updated|posted|last updated)\s*:|don't miss|tell us what you think|have your say|join the conversation|(this )?(slideshow|video|content|page|site) requires javascript|(please )?enable javascript|related( articles| stories| coverage)?|read more|more from|recommended|(sign up|subscribe)( for| to|$)|follow (us|@)|share (this|on)|(click|tap) here|continue reading|all rights reserved|copyright|©|photo:|image:|getty images|(" + NewsAgencies.Alternation + @") photo|listen to|watch:|(leave|post) a comment|\d+ comments?|comments?$|we('ve| have) (launched|updated)|newsletter|you (may|might) also like|trending|most (read|popular)|supported by|this article (is|was))(?:(?<=[^\p{L}\p{N}])|(?![\p{L}\p{N}]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FurniturePhrase();
}
