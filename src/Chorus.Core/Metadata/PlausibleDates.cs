using Chorus.Core.Documents;

namespace Chorus.Core.Metadata;

/// <summary>
/// The window a stated publication date must fall in to be believed. A page or a JSON line can state any date
/// (0001-01-01, 9999-12-31); one such date would move the stream clock to the end of the calendar, close every
/// open story at once and overflow date arithmetic downstream. A date outside the window is dropped with a
/// warning and the article counts as undated.
/// </summary>
internal static class PlausibleDates
{
    /// <summary>No news article this system reads was published before 1900; earlier dates are typos or placeholders.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>A day past the fetch (or read) time: enough for time zones and a publisher's clock that runs ahead, no more.</summary>
    public static readonly TimeSpan AheadAllowed = TimeSpan.FromDays(1);

    /// <summary>Why <paramref name="date"/> is not believed, or null when it is within the window ending a day after <paramref name="readUtc"/>.</summary>
    public static string? Refusal(ArticleDate date, DateTime readUtc)
    {
        if (date.Date < Earliest)
        {
            return $"the stated date {date.ToIsoString()} is before {Earliest:yyyy}";
        }

        var latest = readUtc + AheadAllowed;
        return date.Instant > latest
            ? $"the stated date {date.ToIsoString()} is more than a day after the article was read ({readUtc:yyyy-MM-dd})"
            : null;
    }
}
