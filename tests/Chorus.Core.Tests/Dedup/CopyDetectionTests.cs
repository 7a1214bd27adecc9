using Chorus.Core.Cleaning;
using Chorus.Core.Dedup;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Dedup;

public class CopyDetectionTests
{
    [Fact]
    public void SyndicatedSeedCopyWithJunkIsACopyOfTheOriginal()
    {
        var articles = TextScrapeCleaner.CleanAll(Seeds.All);
        var groups = Syndications.Find(articles);
        var original = articles.Single(a => a.Origin.Contains("000_", StringComparison.Ordinal));
        var copy = articles.Single(a => a.Origin.Contains("001_", StringComparison.Ordinal));

        var group = Assert.Single(groups, g => g.Copies.Count > 0);
        Assert.Equal(original.Id, group.CanonicalId);
        var match = Assert.Single(group.Copies);
        Assert.Equal(copy.Id, match.ArticleId);
        Assert.True(match.Containment > 0.9, $"containment {match.Containment}");
        Assert.Equal(4, groups.Count);
    }

    [Fact]
    public void CopyIsFoundEvenWhenMostOfItIsAddedJunkBeforeCleaning()
    {
        var original = string.Join(' ', Enumerable.Range(0, 300).Select(i => $"word{i % 97}x{i}"));
        var padded = original + " " + string.Join(' ', Enumerable.Range(0, 600).Select(i => $"junk{i}"));
        var detector = new CopyDetector();
        Assert.Empty(detector.Add("a", original));
        var match = Assert.Single(detector.Add("b", padded));
        Assert.Equal("a", match.ArticleId);
        Assert.Equal(1.0, match.Containment, 3);
        Assert.True(match.Jaccard < 0.4);
    }

    [Fact]
    public void RewritesOfTheSameStoryAreNotCopies()
    {
        var articles = TextScrapeCleaner.CleanAll(Seeds.All);
        var afp = articles.Single(a => a.Origin.Contains("002_", StringComparison.Ordinal));
        var dawn = articles.Single(a => a.Origin.Contains("004_", StringComparison.Ordinal));
        var detector = new CopyDetector();
        detector.Add(afp.Id, afp.Text);
        Assert.Empty(detector.Add(dawn.Id, dawn.Text));
        Assert.True(detector.Compare(dawn.Id, afp.Id).Containment < 0.3);
    }

    [Fact]
    public void MinHashEstimatesJaccard()
    {
        var minHash = new MinHash(256);
        var a = Enumerable.Range(0, 1000).Select(i => (ulong)i).ToArray();
        var b = Enumerable.Range(500, 1000).Select(i => (ulong)i).ToArray();
        var estimate = MinHash.EstimatedJaccard(minHash.Signature(a), minHash.Signature(b));
        Assert.InRange(estimate, 0.25, 0.42); // true Jaccard 500/1500
    }
}
