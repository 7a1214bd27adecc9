using Chorus.Core.Summarization;
using Xunit;

namespace Chorus.Core.Tests.Summarization;

public class PhraseCorroborationTests
{
    [Fact]
    public void PhrasesAreStemmedWordPairsWithoutPairsOfFunctionWords()
    {
        var phrases = PhraseCorroboration.Phrases("The mayor's sandbags held in the town.").ToList();
        Assert.Equal(["the mayor", "mayor sandbag", "sandbag held", "held in", "the town"], phrases);
    }

    [Fact]
    public void TheDamageAllThreeSourcesReportScoresHighestAndOffTopicScoresNothing()
    {
        var story = new StorySentences(TinyCluster.Documents, 0.4);
        var scores = PhraseCorroboration.Scores(story);
        Assert.Equal(story.All.Count, scores.Length);
        Assert.Equal(1, scores.Max(), 12);

        string Text(int i) => story.All[i].Sentence.Text;
        var best = Enumerable.Range(0, scores.Length).MaxBy(i => scores[i]);
        Assert.Contains("hundred homes", Text(best), StringComparison.OrdinalIgnoreCase);
        foreach (var offTopic in TinyCluster.OffTopic)
        {
            Assert.Equal(0, scores[Enumerable.Range(0, scores.Length).Single(i => Text(i) == offTopic)]);
        }
    }

    [Fact]
    public void OneSourceCorroboratesNothing()
    {
        var story = new StorySentences([TinyCluster.Documents[0]], 0.4);
        Assert.All(PhraseCorroboration.Scores(story), s => Assert.Equal(0, s));
    }
}
