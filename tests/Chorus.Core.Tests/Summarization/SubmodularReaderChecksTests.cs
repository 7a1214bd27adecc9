using Chorus.Core.Summarization;
using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Summarization;

/// <summary>Issue 17: submodular selection keeps the brief's reader checks (a claim said once, a summary at any budget).</summary>
public class SubmodularReaderChecksTests
{
    private const string Homes = "Rescuers counted 40 homes destroyed in Kharsun after the dam gave way.";
    private const string SameCount = "The mudslide flattened 40 homes near the old mill, villagers reported later.";

    private static SummaryDocument Document(string id, string text) => new(id, id, SentenceReader.Read(id, text));

    private static IReadOnlyList<SummaryDocument> Story() =>
    [
        Document("A", Homes + " Engineers from the capital inspected the broken spillway gate on Tuesday."),
        Document("B", SameCount + " Farmers moved their herds to the upper pastures before dark."),
        Document("C", "Schools in the lower valley will stay closed until the water recedes. Volunteers handed out bread and blankets at the mosque."),
    ];

    private static List<string> Chosen(double? claimContainment) =>
        new CorroborationSummarizer(new SummarizerOptions { Submodular = new SubmodularOptions(), MeaningRedundancy = null, ClaimContainment = claimContainment })
            .Summarize(Story(), SummaryBudget.OfBytes(2000)).Select(s => s.Text).ToList();

    [Fact]
    public void TwoSentencesStatingTheSameCountOfTheSameThingAreNotBothChosen()
    {
        var withCheck = Chosen(0.75);
        var withoutCheck = Chosen(null);

        Assert.Contains(Homes, withoutCheck);
        Assert.Contains(SameCount, withoutCheck);
        Assert.False(withCheck.Contains(Homes) && withCheck.Contains(SameCount), string.Join(" | ", withCheck));
        Assert.True(withCheck.Contains(Homes) || withCheck.Contains(SameCount), string.Join(" | ", withCheck));
    }

    [Fact]
    public void APairRepeatsWhicheverOfTheTwoWasChosenFirst()
    {
        var story = new StorySentences(
            [
                Document("A", "The council vowed on Monday to rebuild the old stone bridge over the river after floods destroyed many farms across the valley."),
                Document("B", "Mayor Ivo Hart said the council had plans to rebuild the bridge."),
            ],
            0.4);
        var claims = new ClaimOverlap(story, 0.75);
        var repeats = new PairRepeats(null, claims);

        Assert.True(claims.SameClaim(0, 1));
        Assert.False(claims.SameClaim(1, 0));
        Assert.True(repeats.Repeat(0, 1));
        Assert.True(repeats.Repeat(1, 0));
    }

    [Fact]
    public void ABudgetNoSentenceFitsStillGivesOneSelfContainedSentenceMarkedOverBudget()
    {
        var summary = new CorroborationSummarizer(new SummarizerOptions { Submodular = new SubmodularOptions() })
            .Summarize(new StorySentences(Story(), 0.4), SummaryBudget.OfWords(3));

        var only = Assert.Single(summary);
        Assert.True(only.OverBudget);
        Assert.False(ReaderChecks.NeedsAntecedent(only.Sentence.Text));
    }
}
