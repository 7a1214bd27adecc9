using Chorus.Core.Documents;
using Chorus.Core.Text;

namespace Chorus.Core.Cleaning;

/// <summary>Chooses an article's outlet and date among what the cleaner found, with the container's hints.</summary>
internal static class ArticleMetadata
{
    /// <summary>
    /// Which evidence names the publishing outlet best: a print-edition line names the publisher itself; a
    /// container hint (feed title, site name) comes next; a dateline names the agency; a copyright line names the
    /// site; a source line names where a copy came from; the file name is the last resort.
    /// </summary>
    private static readonly string[] OutletPreference = ["publication line", "dateline", "copyright line", "source line"];

    public static Outlet ChooseOutlet(IReadOnlyList<Outlet> candidates, RawDocument document)
    {
        var published = candidates.FirstOrDefault(c => c.Evidence.Method == OutletPreference[0]);
        if (published is not null)
        {
            return published;
        }

        if (!string.IsNullOrWhiteSpace(document.OutletHint))
        {
            return new Outlet(document.OutletHint.Trim(), new Evidence("container", document.OutletHint));
        }

        foreach (var method in OutletPreference.Skip(1))
        {
            if (candidates.FirstOrDefault(c => c.Evidence.Method == method) is { } found)
            {
                return found;
            }
        }

        var fileName = Path.GetFileNameWithoutExtension(document.Origin.Split('#', '@')[0]);
        return new Outlet(string.IsNullOrEmpty(fileName) ? document.Origin : fileName, new Evidence("file name", document.Origin));
    }

    public static ArticleDate? ChooseDate(IReadOnlyList<ArticleDate> candidates, RawDocument document)
    {
        if (candidates.Count > 0)
        {
            return candidates[0];
        }

        if (document.DateHint is { } hint)
        {
            if (NewsDates.Find(hint).FirstOrDefault() is { } mention)
            {
                return new ArticleDate(mention.Date, mention.Time, hint, new Evidence("container", hint));
            }

            if (DateTimeOffset.TryParse(hint, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed))
            {
                var utc = parsed.UtcDateTime;
                return new ArticleDate(DateOnly.FromDateTime(utc), TimeOnly.FromDateTime(utc), hint, new Evidence("container", hint));
            }
        }

        return null;
    }
}
