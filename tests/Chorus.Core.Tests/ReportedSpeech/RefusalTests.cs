using Chorus.Core.ReportedSpeech;
using Xunit;

namespace Chorus.Core.Tests.ReportedSpeech;

/// <summary>"declined to comment": a refusal attributes its to-clause.</summary>
public class RefusalTests
{
    [Theory]
    [InlineData("A spokeswoman for the port authority declined to comment.", "A spokeswoman for the port authority", "to comment")]
    [InlineData("The ferry company refused to discuss the fares on Monday.", "The ferry company", "to discuss the fares on Monday")]
    public void TheToClauseIsTheContent(string text, string source, string content)
    {
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text), r => !r.Embedded);
        Assert.Equal(CueKind.Intent, relation.Kind);
        Assert.Equal(source, Of(text, relation.Source));
        Assert.Equal(content, Of(text, relation.Content));
    }

    [Fact]
    public void OtherIntentionsStillReadPastTo()
    {
        const string text = "The council wants to rebuild the pier.";
        Assert.DoesNotContain(ReportedSpeechExtractor.Extract(text), r => Of(text, r.Content) == "to rebuild the pier");
    }

    private static string? Of(string text, Chorus.Core.Documents.TextSpan? span) =>
        span is { } s ? text.Substring(s.Start, s.Length) : null;
}
