using System.Globalization;
using Chorus.Core.Storage;

namespace Chorus.Web.Feeds;

/// <summary>A feed's state in words for the feeds page: when it was and will be fetched, and what went wrong.</summary>
public static class FeedText
{
    public static string LastFetch(FeedRow feed, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return feed.LastFetch is not { } fetched ? "never fetched"
            : $"{Ago(now - fetched)}{feed.LastStatus switch { "304" => ": unchanged", "200" => ": read", _ => ": failed" }}";
    }

    public static string NextFetch(FeedRow feed, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return feed.NextFetch <= now ? "due now" : "in " + Span(feed.NextFetch - now) + $" (every {Span(feed.Interval)})";
    }

    /// <summary>Null when the last fetch went well.</summary>
    public static string? Problem(FeedRow feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (feed.Error is null)
        {
            return null;
        }

        var reason = feed.Error.StartsWith(feed.Url + ": ", StringComparison.Ordinal) ? feed.Error[(feed.Url.Length + 2)..] : feed.Error;
        return feed.Failures > 1 ? $"{reason} (failed {feed.Failures} times in a row; waiting longer each time)" : reason;
    }

    private static string Ago(TimeSpan span) => span < TimeSpan.FromMinutes(1) ? "just now" : Span(span) + " ago";

    private static string Span(TimeSpan span) => span switch
    {
        { TotalMinutes: < 1 } => "under a minute",
        { TotalHours: < 1 } => Plural((int)span.TotalMinutes, "minute"),
        { TotalDays: < 2 } => Plural((int)span.TotalHours, "hour"),
        _ => Plural((int)span.TotalDays, "day"),
    };

    private static string Plural(int n, string unit) => n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? "" : "s");
}
