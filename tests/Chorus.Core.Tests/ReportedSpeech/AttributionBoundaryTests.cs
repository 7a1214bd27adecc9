using Chorus.Core.ReportedSpeech;
using Xunit;

namespace Chorus.Core.Tests.ReportedSpeech;

/// <summary>Where quotes, clauses and paragraphs bound a relation, on sentences written for the test.</summary>
public class AttributionBoundaryTests
{
    [Fact]
    public void ASentenceAfterAClosingQuoteThatGoesOnAfterItsCueIsANewSentence()
    {
        const string text = "“The vote is over.” Lee said the count would resume on Monday.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("Lee", Of(text, relation.Source));
        Assert.Equal("the count would resume on Monday", Of(text, relation.Content));
    }

    [Fact]
    public void TheOutletSomeoneToldIsTheListenerNotWhatWasSaid()
    {
        const string text = "“The dam will hold,” engineer Dara Solis told the state-run Valley News Agency on Monday.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("“The dam will hold,”", Of(text, relation.Content));
        Assert.Equal("Dara Solis", relation.Speaker);
    }

    [Fact]
    public void AQuestionQuoteKeepsAShortAttributionAfterIt()
    {
        const string text = "“Who will pay for the levee?” Lee asked of the council.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("“Who will pay for the levee?”", Of(text, relation.Content));
        Assert.Equal("Lee", Of(text, relation.Source));
    }

    [Fact]
    public void AFullStopBeforeACommaEndsAnAbbreviationNotASentence()
    {
        const string text = "“The levee will hold,” Senator Dana Cole, D-Ore., said.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("“The levee will hold,”", Of(text, relation.Content));
        Assert.Equal("Dana Cole", relation.Speaker);
    }

    [Fact]
    public void AParagraphEndingInAnUnattributedSentenceIsNotContinuedByTheNextQuote()
    {
        const string text = "“We will stay,” Lee said. She then turned to the crowd.\n\n“Who will help us?”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("“We will stay,”", Of(text, relation.Content));
    }

    [Fact]
    public void AParticipleAfterAQuotedNameIsTheWritersNotTheSpeakers()
    {
        const string text = "In a post on Friday, Mayor Lee called the bridge plan “a slow-motion failure,” linking to a report on its costs.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("the bridge plan “a slow-motion failure,”", Of(text, relation.Content));
    }

    [Fact]
    public void AnotherNamedSpeakerAfterAQuoteStartsARelationOfTheirOwn()
    {
        const string text = "Lee said she was “deeply relieved” and Governor Ortiz called the vote “a turning point.”";
        var relations = ReportedSpeechExtractor.Extract(text).Where(r => !r.Embedded).ToList();
        Assert.Equal("she was “deeply relieved”", Of(text, Assert.Single(relations, r => Of(text, r.Cue) == "said").Content));
        Assert.Equal("Governor Ortiz", Of(text, Assert.Single(relations, r => Of(text, r.Cue) == "called").Source));
    }

    [Fact]
    public void AReasonAfterAQuoteStaysInTheContent()
    {
        const string text = "Lee said the levee was “far from safe” because the spring floods had weakened it.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("the levee was “far from safe” because the spring floods had weakened it", Of(text, relation.Content));
    }

    [Fact]
    public void AStanceEndsBeforeAClauseThatReportsSpeechOfItsOwn()
    {
        const string text = "Lee appeared to brush the question aside last week, when she told the council that the delays were “nobody's fault.”";
        var told = Assert.Single(ReportedSpeechExtractor.Extract(text), r => Of(text, r.Cue) == "told");
        Assert.False(told.Embedded);
        Assert.Equal("she", Of(text, told.Source));
        Assert.Equal("that the delays were “nobody's fault.”", Of(text, told.Content));
    }

    [Fact]
    public void AQuoteAfterAColonIsTheContentWithoutTheWordsBeforeIt()
    {
        const string text = "Lee went on to list the delays: “We waited all winter,” she said.";
        var said = Assert.Single(ReportedSpeechExtractor.Extract(text), r => Of(text, r.Cue) == "said");
        Assert.Equal("“We waited all winter,”", Of(text, said.Content));
    }

    [Fact]
    public void AContentOpeningWithAQuoteEndsWithTheQuote()
    {
        const string text = "Lee wrote to her followers, “It is time to go,” and shared a link.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("“It is time to go,”", Of(text, relation.Content));
    }

    [Fact]
    public void APartialQuoteOpeningTheContentLetsItGoOn()
    {
        const string text = "Lee said “the old bridge” would close in May.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("“the old bridge” would close in May", Of(text, relation.Content));
    }

    [Theory]
    [InlineData("Lee, who praised the plan, left the meeting early.", "praised", "the plan")]
    [InlineData("Though Lee denied the report, the council voted against her.", "denied", "the report")]
    [InlineData("Lee, recalling the storm, described the damage to the school.", "recalling", "the storm")]
    public void ACueInAnEmbeddedClauseEndsItsContentAtTheClausesComma(string text, string cue, string content)
    {
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text), r => Of(text, r.Cue) == cue);
        Assert.Equal(content, Of(text, relation.Content));
    }

    [Fact]
    public void AParagraphEndingInAColonGivesTheNextQuoteParagraphToItsSubject()
    {
        const string text = "Mayor Lee went on:\n\n“We will rebuild the school before the winter.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("“We will rebuild the school before the winter.”", Of(text, relation.Content));
        Assert.Equal("Mayor Lee", Of(text, relation.Source));
        Assert.True(relation.Direct);
    }

    [Fact]
    public void AQuoteEndingInACommaBeforeASubjectAndVerbIsTheSubjectsWordsWhateverTheVerb()
    {
        const string text = "“They only came for the photographs,” Lee shot back.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("“They only came for the photographs,”", Of(text, relation.Content));
        Assert.Equal("Lee", Of(text, relation.Source));
        Assert.Equal("shot", Of(text, relation.Cue));
    }

    [Fact]
    public void AQuoteResumingAfterTheCueAndAShortPhraseIsOneContent()
    {
        const string text = "“You have to adapt,” he said of the plan, “or you fall behind.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(text, Of(text, relation.Content));
    }

    [Theory]
    [InlineData("In the latest harbour poll, Lee leads Ortiz by nine points.", "the latest harbour poll", "Lee leads Ortiz by nine points")]
    [InlineData("Lee leads Ortiz by nine points in a new survey.", "a new survey", "Lee leads Ortiz by nine points")]
    [InlineData("Mayor Lee: Bridge Will Reopen in May", "Mayor Lee", "Bridge Will Reopen in May")]
    public void PollsAndHeadlineNamesAreSourcesWithoutACueVerb(string text, string source, string content)
    {
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(source, Of(text, relation.Source));
        Assert.Equal(content, Of(text, relation.Content));
    }

    [Theory]
    [InlineData("Asked at a briefing whether the bridge would reopen, the mayor smiled.", null, "whether the bridge would reopen")]
    [InlineData("Lee was asked by a harbour reporter why the ferry stopped.", "a harbour reporter", "why the ferry stopped")]
    public void AnAskedQuestionIsTheContentAndItsAskerTheSource(string text, string? source, string content)
    {
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text), r => Of(text, r.Cue) is "asked" or "Asked");
        Assert.Equal(source, Of(text, relation.Source));
        Assert.Equal(content, Of(text, relation.Content));
    }

    [Theory]
    [InlineData("The ferry company is expected to cut two routes.", "The ferry company is expected to cut two routes")]
    [InlineData("By noon the harbour appeared to be calm again.", "By noon the harbour appeared to be calm again")]
    [InlineData("Lee opened the bridge, which is expected to draw crowds.", "which is expected to draw crowds")]
    public void AnObserversStanceCoversTheWholeClauseWithoutASource(string text, string content)
    {
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(CueKind.Appear, relation.Kind);
        Assert.Null(relation.Source);
        Assert.Equal(content, Of(text, relation.Content));
    }

    [Theory]
    [InlineData("Update: The bridge reopens in May.")]
    [InlineData("The harbour was busy in the summer.")]
    public void LabelsAndPlainPlacesAreNoSources(string text) => Assert.Empty(ReportedSpeechExtractor.Extract(text));

    [Theory]
    [InlineData("He went on to call the plan a failure.", "He")]
    [InlineData("“The dam is safe,” said Dana Cole, director of the water board.", "Dana Cole, director of the water board")]
    public void SourcesDropTrailingVerbsAndKeepLowerCaseAppositives(string text, string source)
    {
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(source, Of(text, relation.Source));
    }

    private static string? Of(string text, Chorus.Core.Documents.TextSpan? span) =>
        span is { } s ? text.Substring(s.Start, s.Length) : null;
}
