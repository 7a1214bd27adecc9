namespace Chorus.Core.Feeds;

/// <summary>When a feed is fetched next: the adaptive interval learnt from its items, and back-off after failures.</summary>
public static class FeedSchedule
{
    /// <summary>
    /// The mean gap between the newest dated items, within the options' bounds (like Miniflux's entry frequency);
    /// <paramref name="current"/> is kept when fewer than two items are dated.
    /// </summary>
    public static TimeSpan Interval(IEnumerable<DateTimeOffset> itemDates, TimeSpan current, FeedPollerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var newest = itemDates.OrderDescending().Take(options.ItemsForInterval).ToList();
        if (newest.Count < 2)
        {
            return Clamp(current, options);
        }

        var meanGap = (newest[0] - newest[^1]) / (newest.Count - 1);
        return Clamp(meanGap, options);
    }

    /// <summary>
    /// The wait after the <paramref name="failures"/>-th failure in a row: the base doubled each time, at most the
    /// longest interval, and never shorter than the server's <c>Retry-After</c>.
    /// </summary>
    public static TimeSpan Backoff(int failures, TimeSpan? retryAfter, FeedPollerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var doublings = Math.Clamp(failures - 1, 0, 30);
        var ticks = Math.Min(options.BackoffBase.Ticks * Math.Pow(2, doublings), options.MaxInterval.Ticks);
        var wait = TimeSpan.FromTicks((long)ticks);
        return retryAfter is { } asked && asked > wait ? asked : wait;
    }

    private static TimeSpan Clamp(TimeSpan interval, FeedPollerOptions options) =>
        interval < options.MinInterval ? options.MinInterval : interval > options.MaxInterval ? options.MaxInterval : interval;
}
