using Chorus.Core.ReportedSpeech;
using Xunit;

namespace Chorus.Core.Tests.ReportedSpeech;

/// <summary>Quotes the rules used to miss or cut wrongly (issue 18, session 8), on sentences written for the test.</summary>
public class QuoteRecallTests
{
    [Fact]
    public void SingleMarksUsedAsQuotationMarksMakeADirectQuote()
    {
        const string text = "‘We ran out of sandbags before midnight, and nobody came,’ he said. Engineer Dara Solis said the dam’s spillway was ‘never tested’ at full flow.";
        var relations = ReportedSpeechExtractor.Extract(text);
        var quote = Assert.Single(relations, r => r.Direct);
        Assert.Equal("‘We ran out of sandbags before midnight, and nobody came,’", Of(text, quote.Content));
        Assert.Equal("he", Of(text, quote.Source));
        var claim = Assert.Single(relations, r => !r.Direct);
        Assert.Equal("Engineer Dara Solis", Of(text, claim.Source));
    }

    [Fact]
    public void AQuoteThePageLeftUnclosedEndsBeforeItsClosingAttribution()
    {
        const string text = "But she said the pumps were repaired.\n\n‘We lost two days to the broken valves... (which put) more water on the town, she said.";
        var relations = ReportedSpeechExtractor.Extract(text);
        Assert.Equal(2, relations.Count);
        Assert.Equal("the pumps were repaired", Of(text, relations[0].Content));
        var quote = relations[1];
        Assert.Equal("‘We lost two days to the broken valves... (which put) more water on the town,", Of(text, quote.Content));
        Assert.Equal("she", Of(text, quote.Source));
    }

    [Fact]
    public void ASingleMarkBeforeADoubleQuoteIsAnApostrophe()
    {
        const string text = "And how ‘bout this line from the council: “Rents rose in every district we sampled.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text), r => r.Direct);
        Assert.Equal("“Rents rose in every district we sampled.”", Of(text, relation.Content));
    }

    [Fact]
    public void APluralPossessiveIsNoClosingMark()
    {
        const string text = "The mayor said ‘the farmers’ losses will be paid in full this year,’ and left the hall.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("‘the farmers’ losses will be paid in full this year,’", Of(text, relation.Content));
        Assert.True(relation.Direct);
    }

    [Fact]
    public void AnOpeningMarkAfterAWordClosesTheQuote()
    {
        const string text = "“The levee was never inspected,“ said engineer Dara Solis.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("“The levee was never inspected,“", Of(text, relation.Content));
        Assert.Equal("engineer Dara Solis", Of(text, relation.Source));
    }

    [Fact]
    public void AStanceAfterATellingCueDoesNotSwallowTheQuote()
    {
        const string text = "“We disagree, but we are neighbours,” Ivo Marek, 61, told a clerk who seemed to be lost.";
        var relations = ReportedSpeechExtractor.Extract(text);
        var said = Assert.Single(relations, r => r.Kind == CueKind.Say);
        Assert.False(said.Embedded);
        Assert.Equal("“We disagree, but we are neighbours,”", Of(text, said.Content));
        Assert.Equal("who seemed to be lost", Of(text, Assert.Single(relations, r => r.Kind == CueKind.Appear).Content));
        Assert.Equal("Ivo Marek, 61", Of(text, said.Source));
    }

    [Fact]
    public void AnAttributionOpeningANewQuoteAfterAFullStopIsItsOwnSentence()
    {
        const string text = "“The count was fair.” He added, “We will publish every ballot.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("“We will publish every ballot.”", Of(text, relation.Content));
        Assert.Equal("He", Of(text, relation.Source));
    }

    [Fact]
    public void AQuoteAfterAnAsideIsWhatWasSaid()
    {
        const string text = "Lee joked, still wearing the hard hat, “The dam has better manners than the council.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("“The dam has better manners than the council.”", Of(text, relation.Content));
        Assert.Equal("Lee", Of(text, relation.Source));
    }

    [Fact]
    public void AStatementSayingAQuoteIsItsIssuersWords()
    {
        const string text = "The Valley Water Board issued a statement saying the gates “will stay shut until the inspection ends.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("the gates “will stay shut until the inspection ends.”", Of(text, relation.Content));
        Assert.Equal("The Valley Water Board", Of(text, relation.Source));
    }

    [Fact]
    public void ACommaInsideTheClosingQuoteEndsTheContentBeforeAnAddingClause()
    {
        const string text = "Lee said the plan was “a costly mistake,” adding that the board had ignored the engineers.";
        var said = Assert.Single(ReportedSpeechExtractor.Extract(text), r => Of(text, r.Cue) == "said");
        Assert.Equal("the plan was “a costly mistake,”", Of(text, said.Content));
    }

    [Fact]
    public void ASignOffLineNamesTheSpeakerOfTheQuoteBeforeIt()
    {
        const string text = "“We rebuilt the bridge in nine weeks, and we will rebuild the school in six.”\n\n- Mayor Lina Ortiz.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("Mayor Lina Ortiz", Of(text, relation.Source));
        Assert.Equal("Lina Ortiz", relation.Speaker);
        Assert.True(relation.Direct);
    }

    [Fact]
    public void ALongQuoteNoCueIntroducesTakesTheSpeakerOfItsClause()
    {
        const string text = "Governor Ivo Marek shot back, “Nobody in this valley will be asked to pay for a gate that the builders themselves failed to test before the storm.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(CueKind.Quote, relation.Kind);
        Assert.Equal("Governor Ivo Marek", Of(text, relation.Source));
        Assert.StartsWith("“Nobody", Of(text, relation.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void AQuoteWithNoSpeakerAnywhereIsNoRelation()
    {
        const string text = "The banner over the square read “Nobody in this valley will be asked to pay for a gate that the builders themselves failed to test.”";
        Assert.DoesNotContain(ReportedSpeechExtractor.Extract(text), r => r.Kind == CueKind.Quote && r.Source is null);
    }

    [Fact]
    public void AnOpeningPhraseOfTimeIsNotTheSpeaker()
    {
        const string text = "Minutes later, Mayor Lina Ortiz issued a statement saying the spillway was safe.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("Mayor Lina Ortiz", Of(text, relation.Source));
    }

    [Fact]
    public void APronounAfterAnAbbreviationStartsASentence()
    {
        const string text = "The polls close at 8 p.m. She says “the turnout has been remarkable for a Tuesday.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("She", Of(text, relation.Source));
        Assert.Equal("“the turnout has been remarkable for a Tuesday.”", Of(text, relation.Content));
    }

    [Fact]
    public void AMannerAdverbBeforeTheQuoteIsNotContent()
    {
        const string text = "Lee replied calmly, “The gates were tested twice.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("“The gates were tested twice.”", Of(text, relation.Content));
    }

    [Fact]
    public void APrepositionalAsideIsNoPartOfTheSource()
    {
        const string text = "Dara Solis, in a statement released on Friday, said the gates would open.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("Dara Solis", Of(text, relation.Source));
    }

    [Fact]
    public void ASecondPredicateSharesTheClausesSubject()
    {
        const string text = "The Valley Ledger obtained the minutes and said the board had ignored two warnings.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("The Valley Ledger", Of(text, relation.Source));
        Assert.Equal("the board had ignored two warnings", Of(text, relation.Content));
    }

    [Fact]
    public void AQuoteInsideTheSourcesRelativeClauseIsNotTheSpeakersContent()
    {
        const string text = "“The water is falling,” said Dara Solis, who thinks the board “waited far too long.”";
        var said = Assert.Single(ReportedSpeechExtractor.Extract(text), r => Of(text, r.Cue) == "said");
        Assert.Equal("“The water is falling,”", Of(text, said.Content));
    }

    private static string? Of(string text, Chorus.Core.Documents.TextSpan? span) =>
        span is { } s ? text.Substring(s.Start, s.Length) : null;
}
