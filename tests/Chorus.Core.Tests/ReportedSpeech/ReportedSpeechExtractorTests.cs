using Chorus.Core.ReportedSpeech;
using Xunit;

namespace Chorus.Core.Tests.ReportedSpeech;

/// <summary>Who says what, on sentences written for the test.</summary>
public class ReportedSpeechExtractorTests
{
    [Fact]
    public void AQuoteBeforeItsSpeakerKeepsTheTitledNameAsSourceAndTheNameAsSpeaker()
    {
        const string text = "“We will rebuild the bridge by spring,” Mayor Ana Ruiz said.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("“We will rebuild the bridge by spring,”", Of(text, relation.Content));
        Assert.Equal("Mayor Ana Ruiz", Of(text, relation.Source));
        Assert.Equal("said", Of(text, relation.Cue));
        Assert.Equal("Ana Ruiz", relation.Speaker);
        Assert.True(relation.Direct);
    }

    [Fact]
    public void AQuoteSplitByItsCueIsOneContentAndHeResolvesToTheLastNamedSpeaker()
    {
        const string text = "“The river rose overnight,” said Omar Haddad, a shop owner.\n\n“It came fast,” he said. “We had ten minutes to leave.”";
        var relations = ReportedSpeechExtractor.Extract(text);
        Assert.Equal(2, relations.Count);
        Assert.Equal("Omar Haddad, a shop owner", Of(text, relations[0].Source));
        Assert.Equal("“It came fast,” he said. “We had ten minutes to leave.”", Of(text, relations[1].Content));
        Assert.Equal("he", Of(text, relations[1].Source));
        Assert.Equal("Omar Haddad", relations[1].Speaker);
    }

    [Fact]
    public void AQuoteParagraphWithoutItsOwnCueContinuesThePreviousQuote()
    {
        const string text = "“We lost everything,” said Omar Haddad.\n\n“The water took the shop and the house.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(0, relation.Content.Start);
        Assert.Equal(text.Length, relation.Content.End);
        Assert.Equal("Omar Haddad", relation.Speaker);
    }

    [Theory]
    [InlineData("The governor said that the dam would be inspected.", "The governor", "that the dam would be inspected")]
    [InlineData("Seven people died in the flood, officials said.", "officials", "Seven people died in the flood")]
    [InlineData("The gate jammed at midnight, according to the operator.", "the operator", "The gate jammed at midnight")]
    [InlineData("According to the operator, the gate jammed at midnight.", "the operator", "the gate jammed at midnight")]
    [InlineData("Ruiz told reporters on Monday that the town would need months to recover.", "Ruiz", "that the town would need months to recover")]
    [InlineData("Engineers believe the gate failed because of debris.", "Engineers", "the gate failed because of debris")]
    [InlineData("The minister, who visited the shelters, said the army would stay.", "The minister, who visited the shelters", "the army would stay")]
    [InlineData("The engineer said the gate – rusted for years – finally gave way.", "The engineer", "the gate – rusted for years – finally gave way")]
    [InlineData("The engineer said the gate would hold - unless the rain went on.", "The engineer", "the gate would hold")]
    [InlineData("The mayor said she expected the road to reopen and had ordered more pumps.", "The mayor", "she expected the road to reopen and had ordered more pumps")]
    [InlineData("The mayor praised the volunteers, which surprised the council.", "The mayor", "the volunteers")]
    [InlineData("On the second night of the flood he said the town would rebuild.", "he", "the town would rebuild")]
    public void ReportedSpeechHasItsSourceAndContent(string text, string source, string content)
    {
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(source, Of(text, relation.Source));
        Assert.Equal(content, Of(text, relation.Content));
        Assert.False(relation.Direct);
    }

    [Fact]
    public void AParticipleAfterACommaIsASecondStatementOfTheSameSource()
    {
        const string text = "The mayor praised the volunteers, adding that the shelters would stay open.";
        var relations = ReportedSpeechExtractor.Extract(text);
        var adding = Assert.Single(relations, r => Of(text, r.Cue) == "adding");
        Assert.Equal("that the shelters would stay open", Of(text, adding.Content));
        Assert.Equal("The mayor", Of(text, adding.Source));
    }

    [Theory]
    [InlineData("The so-called “emergency plan” was never published.")]
    [InlineData("Crews reopened the road to Kharsun on Tuesday.")]
    [InlineData("The statement was released at noon.")]
    public void SentencesWithoutACueHaveNoRelation(string text) =>
        Assert.Empty(ReportedSpeechExtractor.Extract(text));

    [Fact]
    public void APassiveCueHasNoSourceInItsSubject()
    {
        const string text = "The plan was called a disaster by residents.";
        Assert.DoesNotContain(ReportedSpeechExtractor.Extract(text), r => r.Source is { } s && text.Substring(s.Start, s.Length) == "The plan");
    }

    [Fact]
    public void AColonBeforeAQuoteGivesTheQuoteToTheClauseSubject()
    {
        const string text = "Governor Sadeq resisted: “No governor can suspend the law by decree.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(CueKind.Colon, relation.Kind);
        Assert.Equal("Governor Sadeq", Of(text, relation.Source));
        Assert.Equal("“No governor can suspend the law by decree.”", Of(text, relation.Content));
        Assert.Equal("Sadeq", relation.Speaker);
    }

    [Fact]
    public void DoubledApostrophesAreQuotesForChorus()
    {
        const string text = "''We opened every school,'' the governor said.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.True(relation.Direct);
        Assert.Equal("the governor", Of(text, relation.Source));
    }

    private static string? Of(string text, Chorus.Core.Documents.TextSpan? span) =>
        span is { } s ? text.Substring(s.Start, s.Length) : null;
}
