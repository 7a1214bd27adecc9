using System.Globalization;
using Chorus.Core.Documents;
using Chorus.Core.Text;

namespace Chorus.Core.Metadata;

/// <summary>
/// Reads dates that are stated rather than written in prose: a page's meta tags and a container's date (feed item,
/// WARC record, JSON line).
/// </summary>
internal static class StatedDates
{
    /// <summary>
    /// A date a machine wrote: an ISO calendar date is a day without a time, an instant is read in UTC, anything else
    /// the way news pages write dates. HTML pages read their stated date and their container's date this way.
    /// </summary>
    public static ArticleDate? ReadInstant(string value, Evidence evidence)
    {
        var trimmed = value.Trim();
        if (trimmed.Length >= 10 && DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && trimmed.Length == 10)
        {
            return new ArticleDate(day, null, value, evidence);
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            var utc = parsed.UtcDateTime;
            return new ArticleDate(DateOnly.FromDateTime(utc), TimeOnly.FromDateTime(utc), value, evidence);
        }

        return NewsDates.Find(trimmed).FirstOrDefault() is { } mention ? new ArticleDate(mention.Date, mention.Time, value, evidence) : null;
    }

    /// <summary>
    /// A container's date read the way news pages write dates first, then as an instant. Text scrapes read their
    /// container's date this way: it keeps the day of an ISO instant but drops its time and zone ("2014-03-10T17:06:10Z"
    /// is 10 March, no time), where <see cref="ReadInstant"/> keeps them. Kept apart so that the dates of text items
    /// (JSON lines with a timestamp) stay what they were; making them one reading changes those dates' times.
    /// </summary>
    public static ArticleDate? ReadWritten(string value, Evidence evidence)
    {
        if (NewsDates.Find(value).FirstOrDefault() is { } mention)
        {
            return new ArticleDate(mention.Date, mention.Time, value, evidence);
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            var utc = parsed.UtcDateTime;
            return new ArticleDate(DateOnly.FromDateTime(utc), TimeOnly.FromDateTime(utc), value, evidence);
        }

        return null;
    }
}
