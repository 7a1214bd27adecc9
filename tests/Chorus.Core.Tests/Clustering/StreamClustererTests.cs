using Chorus.Core.Clustering;
using Chorus.Core.Tests.Support;
using Chorus.Evaluation;
using Xunit;

namespace Chorus.Core.Tests.Clustering;

/// <summary>The one-pass clusterer on small labelled streams.</summary>
public sealed class StreamClustererTests
{
    private static readonly DateTime Day = new(2024, 5, 1, 8, 0, 0, DateTimeKind.Utc);

    private static ClusterDocument Doc(string id, string title, string text, double hours) => new(id, title, text, Day.AddHours(hours));

    private static readonly (string Gold, ClusterDocument Doc)[] Stream =
    [
        ("quake", Doc("q1", "Earthquake of magnitude 6.8 strikes Tarvos province", "A strong earthquake hit Tarvos province on Tuesday, collapsing buildings in the city of Melk.", 0)),
        ("vote", Doc("v1", "Parliament of Ostria rejects budget in late vote", "Lawmakers in Ostria voted down the finance minister Hella Brandt's budget after a long night session.", 1)),
        ("quake", Doc("q2", "Rescuers search rubble in Melk after Tarvos earthquake", "Rescue teams dug through collapsed buildings in Melk a day after the earthquake in Tarvos province.", 5)),
        ("vote", Doc("v2", "Brandt vows new budget after Ostria parliament defeat", "Finance minister Hella Brandt said she would present a new budget after parliament in Ostria rejected hers.", 6)),
        ("quake", Doc("q3", "Tarvos earthquake death toll rises to 40", "Officials in Tarvos province said 40 people died when the earthquake flattened buildings in Melk.", 20)),
        ("vote", Doc("v3", "Ostria budget: what the parliament vote means", "The rejected budget leaves Ostria without a spending plan; Brandt must win over parliament.", 22)),
    ];

    [Fact]
    public void TwoInterleavedStoriesAreSeparated()
    {
        var clusterer = new StreamClusterer();
        var found = Stream.Select(s => (s.Gold, clusterer.Add(s.Doc).StoryId)).ToList();
        var scores = ClusteringMetrics.Score<string, long>(found);
        Assert.Equal(1.0, scores.BCubed.F1, 10);
        Assert.Equal(2, scores.FoundClusters);
    }

    [Fact]
    public void AStoryIsHeadedByTheTitleThatBestStatesItNotByTheFirstToArrive()
    {
        var clusterer = new StreamClusterer();
        var feature = Doc("f1", "'We lost everything': one family's night in Melk",
            "The family fled their home in Melk when the earthquake in Tarvos province collapsed buildings around them.", 0);
        var story = clusterer.Add(feature).StoryId;
        foreach (var (_, doc) in Stream.Where(s => s.Gold == "quake"))
        {
            Assert.Equal(story, clusterer.Add(doc).StoryId);
        }

        var profile = Assert.Single(clusterer.TakeChanges().ChangedStories, s => s.Id == story);
        Assert.Equal(4, profile.Articles);
        Assert.Contains("Tarvos", profile.Headline, StringComparison.Ordinal);
        Assert.Contains("arthquake", profile.Headline, StringComparison.Ordinal);
        Assert.Contains(profile.Headline, Stream.Select(s => s.Doc.Title));
    }

    [Fact]
    public void APrunedCentroidKeepsTheTermsThatTellTheStoryApartNotTheCommonOnes()
    {
        // Every story is its own (joins need a score above 1), and a centroid keeps 2 terms once it has more than 3.
        var clusterer = new StreamClusterer(new ClusteringOptions { CentroidTerms = 2, MinScore = 1, ShortTextMinScore = 1, MergeScore = 1, Representation = DenseRepresentation.None });
        string[] towns = ["Arbel", "Brisk", "Corrow", "Dunmere", "Elvast", "Fenlow", "Garrick", "Hollin"];
        foreach (var (town, i) in towns.Select((t, i) => (t, i)))
        {
            clusterer.Add(Doc($"w{i}", "", $"Rain and wind reach {town} as the weather turns; farmers in {town} wait.", i));
        }

        // "weather" and "rain" come twice, so by raw count they outweigh the names, which appear once each.
        var story = clusterer.Add(Doc("x", "", "Weather, rain: the Quellmar lighthouse keeper Ostrander reports rain and bad weather.", 10)).StoryId;
        var terms = Assert.Single(clusterer.TakeChanges().ChangedStories, s => s.Id == story).Terms.Keys;
        Assert.Equal(2, terms.Count);
        Assert.DoesNotContain("weather", terms);
        Assert.DoesNotContain("rain", terms);
    }

    [Fact]
    public void ANearDuplicateJoinsItsOriginalsStoryAsACopy()
    {
        var clusterer = new StreamClusterer();
        foreach (var (_, doc) in Stream)
        {
            clusterer.Add(doc);
        }

        var original = Stream[1].Doc;
        var copy = original with { Id = "v1-copy", Text = original.Text + " Share this article. Follow us for more.", Time = Day.AddHours(30) };
        var assignment = clusterer.Add(copy);
        Assert.Equal(JoinKind.Copy, assignment.Kind);
        Assert.Equal("v1", assignment.CopyOf);
        Assert.InRange(assignment.CopyContainment, 0.7, 1.0);
    }

    [Fact]
    public void AStoryQuietLongerThanTheWindowIsClosedAndNotJoinedAgain()
    {
        var options = new ClusteringOptions { CloseAfterHours = 48, CloseSweepEvery = 1 };
        var clusterer = new StreamClusterer(options);
        var first = clusterer.Add(Stream[0].Doc).StoryId;
        clusterer.Add(Doc("x", "Unrelated harvest festival opens in Brevik", "Farmers in Brevik opened the harvest festival with a parade.", 100));
        Assert.Contains(clusterer.TakeChanges().ChangedStories, s => s.Id == first && s.Closed);
        var late = clusterer.Add(Stream[2].Doc with { Time = Day.AddHours(101) });
        Assert.NotEqual(first, late.StoryId);
    }

    [Fact]
    public void StateSavedAndLoadedClustersTheRestTheSameWay()
    {
        var whole = new StreamClusterer();
        var expected = Stream.Select(s => whole.Add(s.Doc).StoryId).ToList();

        var firstHalf = new StreamClusterer();
        var got = Stream.Take(3).Select(s => firstHalf.Add(s.Doc).StoryId).ToList();
        var changes = firstHalf.TakeChanges();
        var snapshot = new ClusterSnapshot(changes.ChangedStories, changes.FrequencyDelta, changes.Documents, changes.NextStoryId, changes.StreamTime)
        {
            Representation = changes.Representation,
        };
        var resumed = new StreamClusterer(null, snapshot);
        got.AddRange(Stream.Skip(3).Select(s => resumed.Add(s.Doc).StoryId));
        Assert.Equal(expected, got);
    }

    [Fact]
    public void TwoHalvesOfAStoryMergeWhenABridgingHeadlineArrives()
    {
        var clusterer = new StreamClusterer();
        var t = Day;
        var a = clusterer.Add(new ClusterDocument("a", null, "Plosser says weak winter data caused by weather", t)).StoryId;
        var b = clusterer.Add(new ClusterDocument("b", null, "Fed taper pace should continue, Plosser tells Vienna bankers", t.AddMinutes(5))).StoryId;
        var c = clusterer.Add(new ClusterDocument("c", null, "Taper pace should continue despite weak winter data, Plosser says", t.AddMinutes(10)));
        Assert.NotEqual(a, b);
        Assert.Equal(clusterer.Resolve(a), clusterer.Resolve(b));
        Assert.Equal(clusterer.Resolve(a), c.StoryId);
        Assert.Single(clusterer.TakeChanges().Merges);
    }

    [Fact]
    public void DucClustersOfValidationAreMostlyRecovered()
    {
        // A real labelled stream: 25 topics × 10 full articles, interleaved with a fixed seed.
        var set = ClusteringData.Read(Path.Combine(RepoPaths.Data, "duc2004", "val", "clusters.jsonl")).Value;
        Assert.Equal(250, set.Documents.Count);
        var result = ClusteringEvaluation.Run(set);
        Assert.True(result.Scores.BCubed.F1 > 0.8, $"B-cubed F1 {result.Scores.BCubed.F1}");
        Assert.Equal(25, result.Scores.GoldClusters);
    }
}
