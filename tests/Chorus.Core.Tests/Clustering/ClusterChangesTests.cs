using Chorus.Core.Clustering;
using Xunit;

namespace Chorus.Core.Tests.Clustering;

/// <summary>Changes handed to a store that writes them while the clusterer goes on.</summary>
public sealed class ClusterChangesTests
{
    private static readonly DateTime Morning = new(2024, 3, 4, 7, 0, 0, DateTimeKind.Utc);

    private static ClusterDocument Report(string id, string text, double hours) =>
        new(id, "Glacier lake floods the Tarrow valley", text, Morning.AddHours(hours));

    [Fact]
    public void DetachedChangesKeepTheStoryAsItWasWhenTheyWereTaken()
    {
        var options = new ClusteringOptions { Representation = DenseRepresentation.Static };
        var clusterer = new StreamClusterer(options);
        clusterer.Add(Report("a", "A glacier lake burst above the Tarrow valley and flooded three villages overnight.", 0));
        clusterer.Add(Report("b", "Villages in the Tarrow valley were flooded when the glacier lake burst its moraine.", 1));
        var taken = clusterer.TakeChanges().Detached();
        var story = Assert.Single(taken.ChangedStories);
        var (articles, lastSeen, terms, dense) = (story.Articles, story.LastSeen, story.Terms.ToList(), story.Dense!.ToArray());

        var later = clusterer.Add(Report("c", "Rescuers reached the flooded Tarrow villages by helicopter after the glacier lake burst.", 5));
        var live = Assert.Single(clusterer.TakeChanges().ChangedStories);

        // The third report joined the same story, which the clusterer changed in place; the detached copy stayed.
        Assert.Equal(story.Id, later.StoryId);
        Assert.Equal((3, Morning.AddHours(5)), (live.Articles, live.LastSeen));
        Assert.Equal((2, Morning.AddHours(1)), (articles, lastSeen));
        Assert.Equal((articles, lastSeen), (story.Articles, story.LastSeen));
        Assert.Equal(terms, story.Terms.ToList());
        Assert.NotEqual(terms.Count, live.Terms.Count);
        Assert.Equal(dense, story.Dense);
        Assert.NotEqual(dense, live.Dense);
    }

    [Fact]
    public void AClosedStoryIsSharedForItNeverChangesAgain()
    {
        var clusterer = new StreamClusterer(new ClusteringOptions { CloseAfterHours = 1 });
        clusterer.Add(Report("a", "A glacier lake burst above the Tarrow valley and flooded three villages overnight.", 0));
        clusterer.TakeChanges();
        clusterer.Add(new ClusterDocument("z", "Chess final drawn", "The chess final in Orvena ended in a draw after six hours of play.", Morning.AddHours(30)));
        clusterer.CloseQuietStories();
        var changes = clusterer.TakeChanges();
        var detached = changes.Detached();

        var closed = Assert.Single(changes.ChangedStories, s => s.Closed);
        Assert.Same(closed, Assert.Single(detached.ChangedStories, s => s.Closed));
        Assert.NotSame(Assert.Single(changes.ChangedStories, s => !s.Closed), Assert.Single(detached.ChangedStories, s => !s.Closed));
    }
}
