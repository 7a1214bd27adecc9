using Chorus.Core.Summarization;
using Xunit;

namespace Chorus.Core.Tests.Summarization;

/// <summary>
/// The similarities read through term postings, the dense dot and the sorted merge of weights are faster ways to the
/// same numbers: each is checked against the plain computation, to the bit, since the selectors' ties depend on it.
/// </summary>
public class SentenceSimilaritiesTests
{
    private static StorySentences Story() => new(TinyCluster.Documents, new SummarizerOptions().MatchSimilarity);

    [Fact]
    public void EveryPairIsTheSparseDotToTheBit()
    {
        var story = Story();
        var similarities = story.Similarities;
        var shared = 0;
        for (var a = 0; a < story.All.Count; a++)
        {
            for (var b = 0; b < story.All.Count; b++)
            {
                Assert.Equal(story.Similarity(a, b), similarities[a, b]);
                shared += a != b && similarities[a, b] > 0 ? 1 : 0;
            }
        }

        Assert.True(shared > 0, "the tiny cluster's sentences should share terms, or this test checks nothing");
    }

    [Fact]
    public void MatchesAreThoseOfAScanOfEveryPairOfOtherDocuments()
    {
        var story = Story();
        var threshold = new SummarizerOptions().MatchSimilarity;
        var found = 0;
        for (var a = 0; a < story.All.Count; a++)
        {
            var expected = Enumerable.Range(0, story.All.Count)
                .Where(b => story.All[b].Document != story.All[a].Document && story.Similarity(a, b) >= threshold)
                .Select(b => new SentenceMatch(b, story.Similarity(a, b)))
                .OrderByDescending(m => m.Similarity).ThenBy(m => m.Sentence)
                .ToList();
            Assert.Equal(expected, story.MatchesOf(a));
            found += expected.Count;
        }

        Assert.True(found > 0);
    }

    [Fact]
    public void WeightsOfRepeatedIdsAreSummedAndTheVectorIsUnitLength()
    {
        var vector = SparseVector.FromWeights([new(7, 1.0), new(2, 2.0), new(7, 1.0), new(5, 0.5)]);
        Assert.Equal(new[] { 2, 5, 7 }, vector.Ids);
        var norm = Math.Sqrt(4.0 + 0.25 + 4.0);
        Assert.Equal(new[] { 2.0 / norm, 0.5 / norm, 2.0 / norm }, vector.Weights);
        Assert.Same(SparseVector.Empty, SparseVector.FromWeights([]));
    }

    [Fact]
    public void TheDenseDotIsTheSparseDotToTheBit()
    {
        var story = Story();
        var centroid = SparseVector.FromWeights(story.All.SelectMany(s => s.Vector.Ids.Zip(s.Vector.Weights, (id, w) => new KeyValuePair<int, double>(id, w))));
        var dense = centroid.ToDense(story.Space.TermCount);
        Assert.All(story.All, s => Assert.Equal(s.Vector.Dot(centroid), s.Vector.Dot(dense)));
    }
}
