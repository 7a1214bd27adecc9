using Chorus.Core.ReportedSpeech;
using Xunit;

namespace Chorus.Core.Tests.ReportedSpeech;

/// <summary>A report inside another report's content, or the same words read twice, is marked embedded.</summary>
public class NestedRelationTests
{
    [Theory]
    [InlineData("The mayor said the engineers believe the bridge will hold.", "said", "the engineers believe the bridge will hold", "believe")]
    [InlineData("Ruiz told reporters that the engineers believe the road will flood.", "told", "that the engineers believe the road will flood", "believe")]
    public void OnlyTheOuterReportIsTopLevelAndTheInnerKeepsItsSpeaker(string text, string cue, string content, string innerCue)
    {
        var relations = ReportedSpeechExtractor.Extract(text);
        var outer = Assert.Single(relations, r => !r.Embedded);
        Assert.Equal(cue, Of(text, outer.Cue));
        Assert.Equal(content, Of(text, outer.Content));
        var inner = Assert.Single(relations, r => r.Embedded);
        Assert.Equal(innerCue, Of(text, inner.Cue));
        Assert.NotNull(inner.Source);
    }

    [Fact]
    public void ReportsSideBySideAreBothTopLevel()
    {
        const string text = "The mayor said the bridge will hold. The engineers believe it needs repairs.";
        var relations = ReportedSpeechExtractor.Extract(text);
        Assert.Equal(["said", "believe"], relations.Select(r => Of(text, r.Cue)));
        Assert.DoesNotContain(relations, r => r.Embedded);
    }

    [Theory]
    [InlineData("The mayor responded on Friday by saying, “We will rebuild the harbor.”", "“We will rebuild the harbor.”")]
    [InlineData("The mayor replied by saying that the harbor would be rebuilt.", "that the harbor would be rebuilt")]
    public void TheSameStatementReadByTwoCuesIsOneTopLevelRelation(string text, string content)
    {
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text), r => !r.Embedded);
        Assert.Equal(content, Of(text, relation.Content));
        Assert.Equal("The mayor", Of(text, relation.Source));
    }

    private static string? Of(string text, Chorus.Core.Documents.TextSpan? span) =>
        span is { } s ? text.Substring(s.Start, s.Length) : null;
}
