using Chorus.Core.ReportedSpeech;
using Xunit;

namespace Chorus.Core.Tests.ReportedSpeech;

/// <summary>A report inside another report's content is not a relation of its own.</summary>
public class NestedRelationTests
{
    [Theory]
    [InlineData("The mayor said the engineers believe the bridge will hold.", "said", "the engineers believe the bridge will hold")]
    [InlineData("Ruiz told reporters that the council wants to close the road.", "told", "that the council wants to close the road")]
    public void OnlyTheOuterReportIsKept(string text, string cue, string content)
    {
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(cue, Of(text, relation.Cue));
        Assert.Equal(content, Of(text, relation.Content));
    }

    [Fact]
    public void ReportsSideBySideAreBothKept()
    {
        const string text = "The mayor said the bridge will hold. The engineers believe it needs repairs.";
        var relations = ReportedSpeechExtractor.Extract(text);
        Assert.Equal(["said", "believe"], relations.Select(r => Of(text, r.Cue)));
    }

    [Theory]
    [InlineData("The mayor responded on Friday by saying, “We will rebuild the harbor.”", "“We will rebuild the harbor.”")]
    [InlineData("The mayor replied by saying that the harbor would be rebuilt.", "that the harbor would be rebuilt")]
    public void TheSameStatementReadByTwoCuesIsOneRelation(string text, string content)
    {
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(content, Of(text, relation.Content));
        Assert.Equal("The mayor", Of(text, relation.Source));
    }

    private static string? Of(string text, Chorus.Core.Documents.TextSpan? span) =>
        span is { } s ? text.Substring(s.Start, s.Length) : null;
}
