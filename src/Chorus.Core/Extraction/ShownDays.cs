using System.Globalization;
using Chorus.Core.Documents;
using Chorus.Core.Metadata;

namespace Chorus.Core.Extraction;

/// <summary>
/// Reconciles the day a page shows beside its headline with the instant its metadata states. Metadata often gives
/// the instant in UTC ("2020-03-04T01:50Z") while the page shows the publisher's local day ("Mar. 3, 2020, 5:50 PM"):
/// the reader's day, and the day relative dates in the text count from, is the shown one.
/// </summary>
internal static class ShownDays
{
    /// <summary>
    /// UTC offsets run from -12 h to +14 h: a shown day one before the UTC day is a time zone only when the UTC time
    /// is before noon, one after only when it is 10:00 or later.
    /// </summary>
    private static readonly TimeOnly LatestWest = new(12, 0);

    private static readonly TimeOnly EarliestEast = new(10, 0);

    /// <summary>A page's shown day as a date clue (no time: the page shows local time, whose zone it seldom states).</summary>
    public static (ArticleDate Date, bool Updated)? Read(Found? shown)
    {
        if (shown is null || !DateOnly.TryParseExact(shown.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        return (new ArticleDate(day, null, shown.Evidence.Text, shown.Evidence), shown.Evidence.Method == EvidenceMethods.UpdatedNearHeadline);
    }

    /// <summary>
    /// The shown day in place of <paramref name="stated"/> when the two are the same moment seen from two time zones,
    /// else null. An "updated" day after the stated one may be a later update, so only an earlier one is taken from it
    /// (an update is never before publication).
    /// </summary>
    public static ArticleDate? LocalDay(ArticleDate stated, ArticleDate shown, bool updated)
    {
        if (stated.Time is not { } time || shown.Date == stated.Date)
        {
            return null;
        }

        var days = shown.Date.DayNumber - stated.Date.DayNumber;
        var sameMoment = (days == -1 && time < LatestWest) || (days == 1 && time >= EarliestEast && !updated);
        return sameMoment ? shown : null;
    }
}
