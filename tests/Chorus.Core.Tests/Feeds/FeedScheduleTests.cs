using Chorus.Core.Feeds;
using Xunit;

namespace Chorus.Core.Tests.Feeds;

public sealed class FeedScheduleTests
{
    private static readonly FeedPollerOptions Options = new();
    private static readonly DateTimeOffset Noon = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheIntervalIsTheMeanGapBetweenTheNewestItems()
    {
        var dates = Enumerable.Range(0, 5).Select(i => Noon - TimeSpan.FromMinutes(40 * i));
        Assert.Equal(TimeSpan.FromMinutes(40), FeedSchedule.Interval(dates, TimeSpan.FromHours(1), Options));
    }

    [Fact]
    public void TheIntervalStaysWithinFiveMinutesAndADay()
    {
        var busy = Enumerable.Range(0, 10).Select(i => Noon - TimeSpan.FromSeconds(30 * i));
        var quiet = new[] { Noon, Noon - TimeSpan.FromDays(9) };
        Assert.Equal(TimeSpan.FromMinutes(5), FeedSchedule.Interval(busy, TimeSpan.FromHours(1), Options));
        Assert.Equal(TimeSpan.FromHours(24), FeedSchedule.Interval(quiet, TimeSpan.FromHours(1), Options));
    }

    [Fact]
    public void UndatedItemsKeepTheCurrentInterval()
    {
        Assert.Equal(TimeSpan.FromHours(3), FeedSchedule.Interval([Noon], TimeSpan.FromHours(3), Options));
        Assert.Equal(TimeSpan.FromHours(3), FeedSchedule.Interval([], TimeSpan.FromHours(3), Options));
    }

    [Fact]
    public void OnlyTheNewestItemsCount()
    {
        // Twenty items an hour apart now, after a year-old archive: the feed posts hourly.
        var recent = Enumerable.Range(0, 20).Select(i => Noon - TimeSpan.FromHours(i));
        var archive = Enumerable.Range(0, 20).Select(i => Noon - TimeSpan.FromDays(365 + i));
        Assert.Equal(TimeSpan.FromHours(1), FeedSchedule.Interval(recent.Concat(archive), TimeSpan.FromMinutes(5), Options));
    }

    [Fact]
    public void BackoffDoublesUpToADayAndHonoursRetryAfter()
    {
        Assert.Equal(TimeSpan.FromMinutes(5), FeedSchedule.Backoff(1, null, Options));
        Assert.Equal(TimeSpan.FromMinutes(10), FeedSchedule.Backoff(2, null, Options));
        Assert.Equal(TimeSpan.FromMinutes(40), FeedSchedule.Backoff(4, null, Options));
        Assert.Equal(TimeSpan.FromHours(24), FeedSchedule.Backoff(40, null, Options));
        Assert.Equal(TimeSpan.FromHours(2), FeedSchedule.Backoff(1, TimeSpan.FromHours(2), Options));
        Assert.Equal(TimeSpan.FromMinutes(10), FeedSchedule.Backoff(2, TimeSpan.FromSeconds(30), Options));
    }
}
