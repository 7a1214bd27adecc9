using Chorus.Core.Clustering;
using Chorus.Core.Pipeline;
using Chorus.Core.Semantic;
using Chorus.Core.Storage;
using Chorus.Core.Tests.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Clustering;

/// <summary>
/// The dense representation in the clusterer: paraphrases that share few words, and its state in the store. Candidate
/// stories are still found through shared terms, so a headline sharing no word with a story is never scored against it.
/// </summary>
public sealed class DenseClusteringTests : IDisposable
{
    private static readonly DateTime Day = new(2024, 5, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static readonly ClusteringOptions Static = new() { Representation = DenseRepresentation.Static };

    private static ClusterDocument Headline(string id, string text, double minutes) => new(id, null, text, Day.AddMinutes(minutes));

    [Fact]
    public void AHeadlineSharingOneWordWithItsStoryJoinsItThroughTheDenseRepresentation()
    {
        var stream = new[]
        {
            Headline("a", "Lawmakers reject the government's budget", 0),
            Headline("b", "Orchestra cancels its winter concert tour", 1),
            Headline("c", "Parliament votes down spending plan and budget", 2),
        };
        var options = new ClusteringOptions { Representation = DenseRepresentation.Static, DenseWeight = 0.5, ShortTextMinScore = 0.25 };
        var dense = new StreamClusterer(options);
        var withDense = stream.Select(d => dense.Add(d).StoryId).ToList();
        Assert.Equal(withDense[0], dense.Resolve(withDense[2]));
        Assert.NotEqual(withDense[0], withDense[1]);

        var lexical = new StreamClusterer(options with { Representation = DenseRepresentation.None });
        var withoutDense = stream.Select(d => lexical.Add(d).StoryId).ToList();
        Assert.Equal(3, withoutDense.Distinct().Count());
    }

    [Fact]
    public void StoriesKeepTheirDenseCentroidInTheStoreAndAnotherRepresentationIgnoresIt()
    {
        var path = folder.File("dense.db");
        using (var store = SqliteStoryStore.Open(path))
        {
            var ingestor = new IngestPipeline(store, ["test"], Static, clock: () => Day);
            ingestor.IngestBatch([TempFolder.Article(0), TempFolder.Article(1), TempFolder.Article(2)]);
            ingestor.Finish();
        }

        ClusterSnapshot snapshot;
        using (var store = SqliteStoryStore.Open(path))
        {
            snapshot = store.LoadClusterState(100);
        }

        Assert.Equal(StaticEmbedder.Shared.Name, snapshot.Representation);
        Assert.Equal(2, snapshot.OpenStories.Count);
        Assert.All(snapshot.OpenStories, s => Assert.Equal(StaticEmbedder.Shared.Dimensions, s.Dense?.Length));
        var bridge = Assert.Single(snapshot.OpenStories, s => s.Articles == 2);
        Assert.Equal(2.0, Math.Sqrt(Vectors.Dot(bridge.Dense, bridge.Dense)), 0.2); // the sum of two close unit vectors

        var other = new StreamClusterer(new ClusteringOptions { Representation = DenseRepresentation.None }, snapshot);
        Assert.Null(other.Embedder);
        Assert.All(snapshot.OpenStories, s => Assert.Null(s.Dense));
    }

    [Fact]
    public void AStoreFromBeforeDenseCentroidsIsMigratedAndItsStoriesGainThem()
    {
        var path = folder.File("old.db");
        using (var old = SqliteStoryStore.Open(path, schemaVersion: 3))
        {
            var ingestor = new IngestPipeline(old, ["v3"], Static, clock: () => Day);
            ingestor.IngestBatch([TempFolder.Article(0), TempFolder.Article(1)]);
            ingestor.Finish();
            Assert.All(old.LoadClusterState(10).OpenStories, s => Assert.Null(s.Dense));
        }

        using var store = SqliteStoryStore.Open(path);
        Assert.Equal(SqliteSchema.Latest, store.SchemaVersion);
        var resumed = new IngestPipeline(store, ["v4"], Static, clock: () => Day);
        var result = resumed.IngestBatch([TempFolder.Article(2), TempFolder.Article(3)]);
        resumed.Finish();
        Assert.Equal(0, result.NewStories);
        Assert.All(store.LoadClusterState(10).OpenStories, s => Assert.Equal(StaticEmbedder.Shared.Dimensions, s.Dense?.Length));
        Assert.Equal("ok", store.IntegrityCheck());
    }
}
