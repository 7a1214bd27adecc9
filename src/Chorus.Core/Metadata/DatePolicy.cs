using Chorus.Core.Documents;

namespace Chorus.Core.Metadata;

/// <summary>Where an article's publication date can come from; <see cref="DatePolicy.Ranking"/> says which wins.</summary>
internal enum DateSource
{
    PublicationLine,
    PageMetadata,
    HeadlineDate,
    DateLine,
    Container,
}

/// <summary>A publication date a reader found, and the kind of evidence it is.</summary>
internal sealed record DateClue(DateSource Source, ArticleDate Date);

/// <summary>
/// Chooses an article's publication date among what its reader found, the same way for text scrapes and HTML pages:
/// the best ranked evidence wins, and of two clues of one kind the one listed first.
/// </summary>
internal static class DatePolicy
{
    /// <summary>The kinds of date evidence, best first, each with the reason for its place.</summary>
    public static IReadOnlyList<(DateSource Source, string Reason)> Ranking { get; } =
    [
        (DateSource.PublicationLine, "a print-edition line (\"Published in X, July 6th, 2021\") dates the edition the text appeared in"),
        (DateSource.PageMetadata, "a date the page states for machines (meta tags, JSON-LD, <time>) is the publisher's own record"),
        (DateSource.HeadlineDate, "a date shown beside the headline or byline is what the reader is told, in the publisher's time zone; it gives way to the machine-stated date except to move it to the day the reader sees"),
        (DateSource.DateLine, "a date line near the top is usually the publication date, but may be an update or today's date"),
        (DateSource.Container, "a feed's or archive's date is when the item was listed or captured, at or after publication"),
    ];

    private static readonly Dictionary<DateSource, int> RankOf = Ranking.Select((r, i) => (r.Source, i)).ToDictionary(r => r.Source, r => r.i);

    /// <summary>The best ranked date found, or null when the reader found none.</summary>
    public static ArticleDate? Choose(IEnumerable<DateClue> found) =>
        found.OrderBy(c => RankOf[c.Source]).FirstOrDefault()?.Date;
}
