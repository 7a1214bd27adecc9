using Chorus.Core.Documents;
using Chorus.Evaluation.ReportedSpeech;
using Xunit;

namespace Chorus.Core.Tests.ReportedSpeech;

/// <summary>The issue-18 metric on sentences written for the test, with spans found by their words.</summary>
public class AttributionMetricTests
{
    private const string Text = "The mayor said the bridge would reopen in May, and the engineer said repairs were late.";

    [Fact]
    public void TokensAreRunsOfLettersNumbersAndUnderscore()
    {
        const string text = "Café_2 won't—½ mile";
        var words = AttributionMetric.WordTokens(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();
        Assert.Equal(["Café_2", "won", "t", "½", "mile"], words);
    }

    [Fact]
    public void AnExactMatchScoresOneAndASpanKeepsOnlyTheWordsWhollyInsideIt()
    {
        var gold = new[] { Gold(Span("the bridge would reopen in May"), Span("The mayor")) };

        // Cutting "May" in half leaves 5 of the 6 words: Jaccard 5/6, still a match.
        var cut = Span("the bridge would reopen in May");
        var predicted = new[] { Predicted(TextSpan.FromBounds(cut.Start, cut.End - 1), Span("The mayor")) };
        var scores = AttributionMetric.Score(Text, gold, predicted);
        Assert.Equal(new AttributionCounts(1, 1, 1, 1, 1), scores.All);
        Assert.Equal(1.0, scores.All.F1);
        Assert.Equal(1.0, scores.All.SourceAccuracy);
    }

    [Fact]
    public void HalfTheWordsIsEnoughAndLessIsNot()
    {
        var gold = new[] { Gold(Span("the bridge would reopen"), null) };
        var half = AttributionMetric.Score(Text, gold, [Predicted(Span("the bridge"), null)]);
        Assert.Equal(1, half.All.Matched);

        var less = AttributionMetric.Score(Text, gold, [Predicted(Span("reopen in May"), null)]);
        Assert.Equal(0, less.All.Matched);
        Assert.Equal(0.0, less.All.Precision);
        Assert.Equal(0.0, less.All.Recall);
    }

    [Fact]
    public void MatchingIsOneToOneHighestOverlapFirst()
    {
        // Two predictions overlap the same gold content: the closer one takes it, the other counts against precision.
        var gold = new[] { Gold(Span("the bridge would reopen in May"), Span("The mayor")) };
        var predicted = new[]
        {
            Predicted(Span("the bridge would reopen"), Span("The mayor said")),
            Predicted(Span("the bridge would reopen in May"), Span("mayor")),
        };
        var scores = AttributionMetric.Score(Text, gold, predicted);
        Assert.Equal(1, scores.All.Matched);
        Assert.Equal(0.5, scores.All.Precision);

        // The exact prediction (second) won; its source "mayor" has Jaccard 1/2 with "The mayor": right.
        Assert.Equal(1, scores.All.SourceRight);
        var pairs = AttributionMetric.Match([new TokenRange(0, 6)], [new TokenRange(0, 4), new TokenRange(0, 6)]);
        Assert.Equal([(0, 1)], pairs);
    }

    [Fact]
    public void EqualOverlapGoesToTheEarlierGoldThenTheEarlierPrediction()
    {
        // Tokens 0..3 predicted; golds 0..1 and 2..3 each have Jaccard 2/4 with it: the first gold in the list wins.
        Assert.Equal([(0, 0)], AttributionMetric.Match([new TokenRange(0, 2), new TokenRange(2, 4)], [new TokenRange(0, 4)]));
        Assert.Equal([(0, 0)], AttributionMetric.Match([new TokenRange(2, 4), new TokenRange(0, 2)], [new TokenRange(0, 4)]));

        // One gold, two predictions with the same overlap: the first prediction in the list wins.
        Assert.Equal([(0, 1)], AttributionMetric.Match([new TokenRange(0, 4)], [new TokenRange(5, 9), new TokenRange(0, 2), new TokenRange(2, 4)]));
    }

    [Fact]
    public void GreedyTakesTheBestPairEvenWhenAnotherAssignmentWouldMatchMore()
    {
        // Prediction A = [0,2) equals gold 0 and reaches Jaccard 1/2 with gold 1 = [1,2); prediction B = [0,1) reaches
        // 1/2 with gold 0 only. Greedy pairs A with gold 0 and leaves gold 1 and B unmatched, although A–gold 1 and
        // B–gold 0 would match both.
        var gold = new[] { new TokenRange(0, 2), new TokenRange(1, 2) };
        var predicted = new[] { new TokenRange(0, 2), new TokenRange(0, 1) };
        Assert.Equal([(0, 0)], AttributionMetric.Match(gold, predicted));
    }

    [Fact]
    public void SourceAccuracyCountsOnlyMatchedPairsWhoseGoldHasASource()
    {
        var gold = new[]
        {
            Gold(Span("the bridge would reopen in May"), Span("The mayor")),
            Gold(Span("repairs were late"), null),
        };
        var predicted = new[]
        {
            Predicted(Span("the bridge would reopen in May"), Span("the engineer")),
            Predicted(Span("repairs were late"), Span("the engineer")),
        };
        var scores = AttributionMetric.Score(Text, gold, predicted);
        Assert.Equal(2, scores.All.Matched);
        Assert.Equal(1, scores.All.MatchedWithGoldSource);
        Assert.Equal(0, scores.All.SourceRight);
        Assert.Equal(0.0, scores.All.SourceAccuracy);
    }

    [Fact]
    public void DirectIsScoredOnDirectGoldAgainstPredictionsMarkedDirect()
    {
        var gold = new[] { Gold(Span("the bridge would reopen in May"), null, direct: true), Gold(Span("repairs were late"), null) };
        var predicted = new[] { Predicted(Span("the bridge would reopen in May"), null, direct: false), Predicted(Span("repairs were late"), null, direct: true) };
        var scores = AttributionMetric.Score(Text, gold, predicted);
        Assert.Equal(new AttributionCounts(0, 1, 1, 0, 0), scores.Direct);
        Assert.Equal(2, scores.All.Matched);
    }

    [Fact]
    public void GoldWithoutContentIsNotCountedAndAnEmptyContentMatchesNothing()
    {
        var gold = new[] { new GoldAttribution(Span("The mayor"), null, null, false), Gold(new TextSpan(4, 0), null) };
        var scores = AttributionMetric.Score(Text, gold, [Predicted(new TextSpan(4, 0), null)]);
        Assert.Equal(new AttributionCounts(0, 1, 1, 0, 0), scores.All);
    }

    [Theory]
    [InlineData("“We will rebuild,” he said", true)]
    [InlineData("that the plan was “a disaster.”", false)]
    [InlineData("that it was \"a total failure\"", true)]
    [InlineData("''We will rebuild,'' he said", false)]
    public void DirectnessFollowsTheCorpusRule(string content, bool direct) =>
        Assert.Equal(direct, CorpusDirectness.IsDirect(content));

    private static TextSpan Span(string words)
    {
        var at = Text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, words);
        return new TextSpan(at, words.Length);
    }

    private static GoldAttribution Gold(TextSpan content, TextSpan? source, bool direct = false) => new(source, null, content, direct);

    private static PredictedAttribution Predicted(TextSpan content, TextSpan? source, bool direct = false) => new(content, source, null, direct, null);
}
