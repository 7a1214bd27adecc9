namespace Chorus.Core.Cleaning.Rules;

/// <summary>The cleaner's rules in the order it runs them, each with the reason for its place.</summary>
internal static class CleaningRules
{
    /// <summary>
    /// Rules that recognise a line from its own text come first, so that the rules that count kept lines (the header
    /// and crumb zones), read a line's neighbours (the caption above a credit) or judge runs of lines (slogans,
    /// trailing teasers) see the page without them.
    /// </summary>
    public static IReadOnlyList<(ICleaningRule Rule, string Reason)> WithReasons { get; } =
    [
        (new SocialPostRule(), "an embedded post is recognised by its attribution line and media links alone; its short lines would otherwise pass for headers, captions or crumbs"),
        (new LinkAndNavigationRule(), "teaser labels and navigation go before the header is read, so the header zone counts only the page's own lines"),
        (new MetadataLineRule(), "date lines, bylines and datelines go before the headline is sought, which is the first headline-shaped line left; it also records the end marker and date the trailing-teaser rule needs"),
        (new HeadlineRule(), "the headline is found before the rules that must spare it (a caption repeated, chrome repeated across pages)"),
        (new CaptionRule(), "a line repeated within the page loses every copy unless it is the headline, which keeps its first: the headline must be known"),
        (new EngagementRule(), "a prompt is furniture whatever its neighbours, so it goes before the rules that judge runs of lines"),
        (new SloganBlockRule(), "a slogan block is a run of short kept lines: only lines no earlier rule explained count"),
        (new RepeatedAcrossPagesRule(), "chrome shared by pages of the batch, sparing the headline; after the page's own rules so their reasons are the ones reported"),
        (new TrailingTeaserRule(), "last: it judges the tail by what is left of it, against the lead (headline and first sentences) and the article's date"),
    ];

    public static IReadOnlyList<ICleaningRule> InOrder { get; } = WithReasons.Select(r => r.Rule).ToList();
}
