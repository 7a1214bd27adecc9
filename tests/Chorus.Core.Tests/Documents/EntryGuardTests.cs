using Chorus.Core.Clustering;
using Chorus.Core.Dedup;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Chorus.Core.Summarization;
using Xunit;

namespace Chorus.Core.Tests.Documents;

/// <summary>Public entry points of Core refuse values that would silently misbehave, naming the value.</summary>
public class EntryGuardTests
{
    [Fact]
    public void ABudgetIsInWordsOrBytesNeverBoth()
    {
        var both = Assert.Throws<ArgumentException>(() => new SummaryBudget(100, 665));
        Assert.Contains("never both", both.Message, StringComparison.Ordinal);
        var neither = Assert.Throws<ArgumentException>(() => new SummaryBudget(null, null));
        Assert.Contains("neither", neither.Message, StringComparison.Ordinal);
        Assert.Equal(665, SummaryBudget.OfBytes(665).Bytes);
        Assert.Null(SummaryBudget.OfBytes(665).Words);
    }

    [Theory]
    [InlineData(0, null, "words")]
    [InlineData(-5, null, "words")]
    [InlineData(null, 0, "bytes")]
    public void ABudgetBelowOneIsRefused(int? words, int? bytes, string parameter)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new SummaryBudget(words, bytes));
        Assert.Equal(parameter, refused.ParamName);
        Assert.Contains("at least 1", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABriefOfNoWordsIsRefused()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new BriefOptions { Words = 0 });
        Assert.Equal(nameof(BriefOptions.Words), refused.ParamName);
        Assert.Equal(1, new BriefOptions { Words = 1 }.Words);
    }

    public static TheoryData<string, Func<object>> OutOfRange() => new()
    {
        { nameof(ClusteringOptions.MinScore), () => new ClusteringOptions { MinScore = 1.2 } },
        { nameof(ClusteringOptions.EntityWeight), () => new ClusteringOptions { EntityWeight = -0.1 } },
        { nameof(ClusteringOptions.MergeScore), () => new ClusteringOptions { MergeScore = double.NaN } },
        { nameof(ClusteringOptions.DecayHalfLifeHours), () => new ClusteringOptions { DecayHalfLifeHours = 0 } },
        { nameof(ClusteringOptions.CloseSweepEvery), () => new ClusteringOptions { CloseSweepEvery = 0 } },
        { nameof(ClusteringOptions.QueryTerms), () => new ClusteringOptions() with { QueryTerms = 0 } },
        { nameof(CopyDetectionOptions.Bands), () => new CopyDetectionOptions { Bands = 0 } },
        { nameof(CopyDetectionOptions.MinContainment), () => new CopyDetectionOptions { MinContainment = 1.5 } },
        { nameof(InputOptions.MaxRedirects), () => new InputOptions { MaxRedirects = -1 } },
        { nameof(InputOptions.ReadTimeout), () => new InputOptions { ReadTimeout = TimeSpan.Zero } },
        { nameof(StoryQuery.Limit), () => new StoryQuery { Limit = -1 } },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void OptionsOutOfRangeAreRefusedByName(string name, Func<object> make)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(make);
        Assert.Equal(name, refused.ParamName);
    }
}
