using Chorus.Core.ReportedSpeech;
using Xunit;

namespace Chorus.Core.Tests.ReportedSpeech;

/// <summary>Sources the rules used to miss or misread (issue 18, session 9), on sentences written for the test.</summary>
public class SourceRuleTests
{
    [Theory]
    [InlineData("Councillor Ines Dahl used her closing remarks to say the budget “leaves every library half staffed.”", "Councillor Ines Dahl")]
    [InlineData("Dahl, who chaired the hearing, interjected to say: “Nobody on this panel has read the audit.”", "Dahl")]
    [InlineData("Tenants in the older blocks were more likely to say that the repairs “never came at all.”", "Tenants in the older blocks")]
    [InlineData("The surprise ruling led the union's lawyer to declare that the strike “is lawful from today.”", "the union's lawyer")]
    public void BeforeAnInfinitiveCueTheGoverningSubjectSpeaks(string text, string source)
    {
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(source, Of(text, relation.Source));
    }

    [Theory]
    [InlineData("The council published an audit, which notes that “every third school roof leaks.”", "which")]
    [InlineData("Ruiz pinned up a sign that read: “No levy, no library.”", "that")]
    [InlineData("Tenants don’t think the landlord will “ever fix the boilers.”", "Tenants")]
    public void ARelativePronounOrANegatedAuxiliaryBeforeTheCueLeavesTheSourceMention(string text, string source)
    {
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(source, Of(text, relation.Source));
    }

    [Fact]
    public void AWordOfTimeInAClauseWithAVerbIsNoOpeningPhrase()
    {
        const string text = "Nadia Ruiz raised her complaint on Tuesday, telling reporters that the contract was “a gift to the builders.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(CueKind.Say, relation.Kind);
        Assert.Equal("Nadia Ruiz", Of(text, relation.Source));
    }

    [Fact]
    public void TwoOpeningPhrasesInARowAreReadPastToTheSubject()
    {
        const string text = "On Friday, after staying silent for weeks, Senator Mara Voss joined the rally and endorsed the levy, saying, “Our schools cannot wait another year.”";
        var saying = Assert.Single(ReportedSpeechExtractor.Extract(text), r => Of(text, r.Cue) == "saying");
        Assert.Equal("Senator Mara Voss", Of(text, saying.Source));
        Assert.Equal("Mara Voss", saying.Speaker);
    }

    [Fact]
    public void ADescribedSubjectBeforeAnAdverbAndAVerbIsTheParticiplesSource()
    {
        const string text = "A council aide later softened the remarks, saying the mayor “did not mean any one landlord.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("A council aide", Of(text, relation.Source));
    }

    [Fact]
    public void AnOpeningAdverbIsNoPartOfTheSpeakersName()
    {
        const string text = "Instead Lee turned to the crowd with the line “we will rebuild every bridge in this county before the next winter comes.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal(CueKind.Quote, relation.Kind);
        Assert.Equal("Lee", Of(text, relation.Source));
    }

    [Fact]
    public void AnOpeningAdverbAloneNamesNobodyAndTheLastSpeakerGoesOn()
    {
        const string text = "Mara Voss wrote the report. Specifically, “the people who pay the rent are the people who never get a seat at the table.”";
        var quote = Assert.Single(ReportedSpeechExtractor.Extract(text), r => r.Kind == CueKind.Quote);
        Assert.Equal("Mara Voss", Of(text, quote.Source));
    }

    [Fact]
    public void ADigestLineNamesItsSourceBetweenTheDashAndTheColon()
    {
        const string text = "RENTS ROSE FASTER THAN WAGES - Tomas Berg and Ada Kim: “The gap widened in every district we sampled.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("Tomas Berg and Ada Kim", Of(text, relation.Source));
        Assert.Equal("“The gap widened in every district we sampled.”", Of(text, relation.Content));
    }

    [Fact]
    public void MoreFromBeforeTheNameIsNoPartOfIt()
    {
        const string text = "The shift was there all along - More from Ada Kim: “Data from our panel confirms that the shift was real.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("Ada Kim", Of(text, relation.Source));
    }

    [Fact]
    public void AnOpeningPhraseWithACueNounAndThatBeforeAWordOfTimeIsSkipped()
    {
        const string text = "In a radio interview later that week, Lee went even further: “If she runs and loses, her career is over.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("Lee", Of(text, relation.Source));
    }

    [Fact]
    public void TheStateAfterAPlacesCommaBelongsToTheOpeningPhrase()
    {
        const string text = "Speaking at a town hall in Salem, New Hampshire, Lee went after Park, calling him “a total stiff.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("Lee", Of(text, relation.Source));
        Assert.Equal("him “a total stiff.”", Of(text, relation.Content));
    }

    [Fact]
    public void APronounJustBeforeTheCueIsTheSourceNotTheOpeningWords()
    {
        const string text = "At the foot of the flyer it reads, “Give what you can before the polls close on Friday.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("it", Of(text, relation.Source));
    }

    [Fact]
    public void GoesOnToIsNoPartOfTheSource()
    {
        const string text = "The flyer goes on to say that the council “has never once asked the tenants what they need.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("The flyer", Of(text, relation.Source));
    }

    [Fact]
    public void HowTheSpeakerSpokeIsNoPartOfTheSource()
    {
        const string text = "“We will not sign it,” said a union official who spoke on condition of anonymity because talks go on.";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("a union official", Of(text, relation.Source));
    }

    [Fact]
    public void LowerCaseTitleWordsJoinTheCapitalisedRunsOfOneName()
    {
        const string text = "Former city housing director Ana Pruitt published a letter with the line “nobody on this council has read the inspection report from cover to cover.”";
        var relation = Assert.Single(ReportedSpeechExtractor.Extract(text));
        Assert.Equal("Former city housing director Ana Pruitt", Of(text, relation.Source));
    }

    private static string Of(string text, Chorus.Core.Documents.TextSpan? span) =>
        span is { } s ? text.Substring(s.Start, s.Length) : "-";
}
