using Chorus.Core.Summarization;
using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Summarization;

public class SentenceScorerTests
{
    private static StorySentences Story(params string[] texts) =>
        new(texts.Select((t, i) => new SummaryDocument($"D{i}", $"D{i}", SentenceReader.Read($"D{i}", t))).ToList(), 0.4);

    [Fact]
    public void GradedCorroborationRanksTheDamageEverySourceReportsFirst()
    {
        var story = new StorySentences(TinyCluster.Documents, 0.4);
        var scores = SentenceScorer.Score(story, new SummarizerOptions { GradedCorroboration = true, PhraseCorroborationWeight = 0.3 });
        var best = Enumerable.Range(0, scores.Length).MaxBy(i => scores[i]);
        Assert.Contains("hundred homes", story.All[best].Sentence.Text, StringComparison.OrdinalIgnoreCase);
        foreach (var offTopic in TinyCluster.OffTopic)
        {
            var i = Enumerable.Range(0, scores.Length).Single(i => story.All[i].Sentence.Text == offTopic);
            Assert.True(scores[i] < scores[best]);
        }
    }

    [Fact]
    public void QuotesWeighLessAndInterviewLinesAreNoCandidates()
    {
        var story = Story(
            "The river flooded the town of Marlow and damaged three hundred homes.",
            "\"The river flooded the town of Marlow and damaged three hundred homes.\"",
            "Q. Did the river flood the town of Marlow and damage three hundred homes?",
            "A: The river flooded the town of Marlow and damaged three hundred homes.");
        var plain = SentenceScorer.Score(story, new SummarizerOptions());
        var weighed = SentenceScorer.Score(story, new SummarizerOptions { QuoteFactor = 0.5 });
        Assert.Equal(plain[0], weighed[0], 12);
        Assert.Equal(plain[1] * 0.5, weighed[1], 12);
        Assert.True(double.IsNegativeInfinity(plain[2]));
        Assert.True(double.IsNegativeInfinity(plain[3]));
    }
}
