using Chorus.Core.Summarization;
using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Summarization;

/// <summary>Issue 13 item 6: a pronoun is read after its name, a claim is said once, and a tiny budget still gives a summary.</summary>
public class SelectionTests
{
    private const string Naming = "Water minister Lena Oss visited the damaged Teshkan dam on Monday morning with engineers.";
    private const string Pronoun = "She said the jammed spillway gate of the Teshkan dam would be repaired by Friday night.";

    private static SummaryDocument Document(string id, string text) => new(id, id, SentenceReader.Read(id, text));

    private static IReadOnlyList<SummaryDocument> Story(string first) =>
    [
        Document("A", first + " " + Pronoun),
        Document("B", "Rain kept falling over the valley towns below the Teshkan dam. Farmers moved their herds to higher ground."),
        Document("C", "Shops in Kharsun stayed shut all week. Schools reopened in the upper valley on Thursday."),
    ];

    [Fact]
    public void APronounSentenceIsChosenRightAfterTheSentenceThatNamesItsAntecedent()
    {
        var chosen = new CorroborationSummarizer(new SummarizerOptions { ClaimContainment = null, MeaningRedundancy = null, RedundancySimilarity = 1.1 })
            .Summarize(Story(Naming), SummaryBudget.OfWords(80)).Select(s => s.Text).ToList();

        var at = chosen.IndexOf(Pronoun);
        Assert.True(at > 0, string.Join(" | ", chosen));
        Assert.Equal(Naming, chosen[at - 1]);
    }

    [Fact]
    public void APronounSentenceWhosePredecessorNamesNoOneIsNotChosen()
    {
        var chosen = new CorroborationSummarizer(new SummarizerOptions { ClaimContainment = null, MeaningRedundancy = null, RedundancySimilarity = 1.1 })
            .Summarize(Story("the damaged dam was visited on a grey morning with engineers and their tools."), SummaryBudget.OfWords(80)).Select(s => s.Text);

        Assert.DoesNotContain(Pronoun, chosen);
    }

    [Fact]
    public void ABudgetNoSentenceFitsGivesTheBestSelfContainedSentenceMarkedOverBudget()
    {
        var summary = new CorroborationSummarizer().Summarize(new StorySentences(Story(Naming), 0.4), SummaryBudget.OfWords(3));

        var only = Assert.Single(summary);
        Assert.True(only.OverBudget);
        Assert.False(ReaderChecks.NeedsAntecedent(only.Sentence.Text));
    }

    [Fact]
    public void ASentenceWithinBudgetIsNotMarkedOverBudget() =>
        Assert.All(new CorroborationSummarizer().Summarize(new StorySentences(Story(Naming), 0.4), SummaryBudget.OfWords(80)), s => Assert.False(s.OverBudget));

    [Fact]
    public void APieceOfAChosenClaimIsCoveredAndTheSameFigureOfTheSameThingRepeatsIt()
    {
        var story = new StorySentences(
            [
                Document("A", "The council vowed on Monday to rebuild the old stone bridge over the river after floods destroyed 40 homes and damaged many farms across the valley."),
                Document("B", "Mayor Ivo Hart said the council had plans to rebuild the bridge."),
                Document("C", "Rescuers said 40 homes were destroyed in Kharsun."),
                Document("D", "Rescuers said 40 volunteers arrived in Kharsun."),
            ],
            0.4);
        var claims = new ClaimOverlap(story, 0.75);

        Assert.True(claims.Covers(0, 1));
        Assert.False(claims.Covers(1, 0));
        Assert.True(claims.SameClaim(0, 2));
        Assert.False(claims.SameClaim(0, 3));
    }

    [Fact]
    public void SentencesThatMustGoTogetherAreAddedTogetherOrNotAtAll()
    {
        var budget = new BudgetTracker(SummaryBudget.OfWords(10));
        Assert.False(budget.TryAdd(["one two three four five six", "seven eight nine ten eleven"]));
        Assert.True(budget.TryAdd(["one two three", "four five six seven"]));
        Assert.False(budget.TryAdd(["eight nine", "ten eleven"]));
    }
}
