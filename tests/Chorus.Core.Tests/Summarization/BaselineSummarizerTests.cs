using Chorus.Core.Summarization;
using Chorus.Evaluation;
using Chorus.Evaluation.Baselines;
using Xunit;

namespace Chorus.Core.Tests.Summarization;

public class BaselineSummarizerTests
{
    private static readonly SummaryBudget ThirtyWords = SummaryBudget.OfWords(30);

    public static TheoryData<string> Ranked => ["textrank", "lexrank", "centroid", "mmr", "chorus"];

    private static ISummarizer Create(string name) => name switch
    {
        "textrank" => new TextRankSummarizer(),
        "lexrank" => new LexRankSummarizer(),
        "centroid" => new CentroidSummarizer(),
        "mmr" => new MmrSummarizer(),
        "chorus" => new CorroborationSummarizer(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Fact]
    public void LeadTakesTheFirstSentenceOfEachArticleInTurn()
    {
        var summary = new LeadSummarizer().Summarize(TinyCluster.Documents, ThirtyWords);
        Assert.Equal(["A", "B"], summary.Select(s => s.ArticleId));
        Assert.All(summary, s => Assert.Equal(0, s.Index));
    }

    [Fact]
    public void RandomIsFixedByItsSeed()
    {
        var budget = SummaryBudget.OfWords(40);
        var first = new RandomSummarizer(3).Summarize(TinyCluster.Documents, budget).Select(s => s.Text).ToList();
        Assert.Equal(first, new RandomSummarizer(3).Summarize(TinyCluster.Documents, budget).Select(s => s.Text));
        Assert.NotEmpty(first);
        Assert.True(string.Join(' ', first).Split(' ').Length <= 40);
        var orders = Enumerable.Range(1, 8).Select(seed => string.Join("|", new RandomSummarizer((ulong)seed).Summarize(TinyCluster.Documents, budget).Select(s => s.Text))).ToHashSet();
        Assert.True(orders.Count > 1, "different seeds should give different summaries");
    }

    [Theory]
    [MemberData(nameof(Ranked))]
    public void RankedBaselinesLeadWithTheReportedFactsAndSkipRepeats(string name)
    {
        var summary = Create(name).Summarize(TinyCluster.Documents, ThirtyWords);
        Assert.NotEmpty(summary);
        Assert.True(string.Join(' ', summary.Select(s => s.Text)).Split(' ').Length <= 30);
        Assert.DoesNotContain(summary, s => TinyCluster.OffTopic.Contains(s.Text));
        Assert.True(summary.Count(s => s.Text.Contains("hundred homes", StringComparison.Ordinal)) <= 1, string.Join(" / ", summary.Select(s => s.Text)));
    }

    [Fact]
    public void TextRankAndLexRankRankTheOffTopicSentencesLast()
    {
        foreach (var summarizer in new ISummarizer[] { new TextRankSummarizer(), new LexRankSummarizer() })
        {
            var everything = summarizer.Summarize(TinyCluster.Documents, SummaryBudget.OfWords(1000));
            Assert.Equal(TinyCluster.OffTopic.Order(StringComparer.Ordinal), everything.TakeLast(3).Select(s => s.Text).Where(TinyCluster.OffTopic.Contains).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void OracleBeatsLeadAndRandomAndTakesTheDamageSentence()
    {
        var budget = SummaryBudget.OfWords(25);
        double Rouge(ISummarizer s) =>
            RougeScorer.Score(SummaryText.Fit(s.Summarize(TinyCluster.Documents, budget), budget), TinyCluster.Reference).Rouge1.Fmeasure;

        var summarizer = new GreedyOracleSummarizer([TinyCluster.Reference]);
        var oracle = Rouge(summarizer);
        foreach (var baseline in new ISummarizer[] { new LeadSummarizer(), new RandomSummarizer() })
        {
            Assert.True(oracle > Rouge(baseline), $"oracle {oracle} <= {baseline.Name} {Rouge(baseline)}");
        }

        // Greedy is not optimal, but it starts from the sentence sharing the most words and pairs with the reference.
        Assert.Contains("hundred homes", summarizer.Summarize(TinyCluster.Documents, budget)[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CutLastBudgetFillsPastTheLimitForTheCallerToCut()
    {
        var exact = new LeadSummarizer().Summarize(TinyCluster.Documents, SummaryBudget.OfWords(20));
        var cut = new LeadSummarizer().Summarize(TinyCluster.Documents, SummaryBudget.OfWords(20) with { CutLast = true });
        Assert.Single(exact);
        Assert.Equal(2, cut.Count);
        Assert.Equal(20, SummaryText.Fit(cut, SummaryBudget.OfWords(20)).Split((char[])[' ', '\n']).Length);
    }
}
