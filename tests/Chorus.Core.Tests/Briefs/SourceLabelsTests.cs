using Chorus.Core.Briefs;
using Xunit;

namespace Chorus.Core.Tests.Briefs;

/// <summary>The one labelling rule: first publication time, then outlet name, copies lettered, whatever the input order.</summary>
public sealed class SourceLabelsTests
{
    private static readonly DateTime Monday = new(2025, 3, 3, 9, 0, 0, DateTimeKind.Utc);

    private static readonly LabelRequest[] Requests =
    [
        new("ledger", "ledger", Monday.AddHours(5), "The Daily Ledger"),
        new("courier", "courier", Monday, "The Kharsun Courier"),
        new("undated", "undated", null, "Radio Veldoria"),
        new("wire", "wire", Monday.AddHours(5), "MPA"),
        new("wire-copy", "wire", Monday.AddHours(1), "Northline"),
    ];

    [Fact]
    public void SourcesAreNumberedByFirstPublicationThenNameAndUndatedLast()
    {
        var labels = SourceLabels.Assign(Requests);

        Assert.Equal("S1", labels["courier"]);
        Assert.Equal("S2", labels["wire"]); // its copy was published at 10:00, before the Ledger's 14:00
        Assert.Equal("S2a", labels["wire-copy"]);
        Assert.Equal("S3", labels["ledger"]);
        Assert.Equal("S4", labels["undated"]);
    }

    [Fact]
    public void TheInputOrderDoesNotChangeAnyLabel()
    {
        var forward = SourceLabels.Assign(Requests);
        var backward = SourceLabels.Assign(Requests.Reverse());

        Assert.Equal(forward.OrderBy(kv => kv.Key), backward.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void SourcesPublishedAtTheSameTimeAreOrderedByName()
    {
        var labels = SourceLabels.Assign([new("b", "b", Monday, "zeta news"), new("a", "a", Monday, "Alpha Times")]);

        Assert.Equal(("S1", "S2"), (labels["a"], labels["b"]));
    }

    [Theory]
    [InlineData(3, null, "S3")]
    [InlineData(3, 1, "S3a")]
    [InlineData(3, 26, "S3z")]
    [InlineData(3, 27, "S3aa")]
    public void LabelsSpellTheNumberAndTheCopyLetters(int number, int? copy, string label) =>
        Assert.Equal(label, SourceLabels.Label(number, copy));
}
