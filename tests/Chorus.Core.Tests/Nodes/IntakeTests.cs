using Chorus.Core.Intake;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Chorus.Core.Tests.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Nodes;

/// <summary>
/// The intake of <c>chorus node</c> without the cluster: chunks cut in arrival order, claims under leases, chunks
/// prepared by several preparers and committed in order by a writer that is replaced halfway, against one
/// <c>chorus ingest</c> of the same documents.
/// </summary>
public sealed class IntakeTests : IDisposable
{
    private const int BatchSize = 20;
    private static readonly DateTime Now = new(2026, 1, 5, 12, 0, 0, DateTimeKind.Utc);
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Fact]
    public async Task ChunksPreparedByTwoNodesAndCommittedByTwoWritersInTurnEqualOneIngest()
    {
        var documents = InventedNews.Articles(300).Select(a => a.Document).ToList();
        var expected = IngestOnce(documents);

        var db = folder.File("nodes.db");
        using var nodeA = SqliteStoryStore.Open(db);
        using var nodeB = SqliteStoryStore.Open(db);
        var (intakeA, intakeB) = (new SqliteIntake(nodeA), new SqliteIntake(nodeB));
        intakeA.Enqueue(documents, Now);
        var preparers = new[] { new IntakePreparer(intakeA, "a"), new IntakePreparer(intakeB, "b") };
        for (var i = 0; i < 6; i++)
        {
            Assert.True(await preparers[i % 2].PrepareOneAsync(BatchSize, TimeSpan.FromSeconds(1), threads: 1, TestContext.Current.CancellationToken));
        }

        using (var first = new IntakeWriter(nodeA, intakeA, IntakeWriter.AllPartition, TimeSpan.FromSeconds(1)))
        {
            Assert.Equal(6, first.CommitReady(TimeSpan.FromMilliseconds(500)));
            Assert.Equal(5, first.Mark);
        }

        // The first writer is gone without finishing its run, as a killed node's would be; the second resumes.
        while (await preparers[1].PrepareOneAsync(BatchSize, TimeSpan.FromSeconds(1), threads: 1, TestContext.Current.CancellationToken))
        {
        }

        using (var second = new IntakeWriter(nodeB, intakeB, IntakeWriter.AllPartition, TimeSpan.FromSeconds(1)))
        {
            Assert.Equal(5, second.Mark);
            Assert.Equal(9, second.CommitReady(TimeSpan.FromMinutes(1)));
        }

        Assert.True(intakeB.Progress(IntakeWriter.AllPartition).Done);
        Assert.Equal(expected, StoryOf(nodeB));
    }

    [Fact]
    public void AFullChunkIsCutAtOnceAndTheRestOnlyAfterTheQuietTime()
    {
        using var store = SqliteStoryStore.Open(folder.File("cut.db"));
        var intake = new SqliteIntake(store);
        intake.Enqueue(InventedNews.Articles(45).Select(a => a.Document).ToList(), Now);

        Assert.Equal(2, intake.CutChunks(BatchSize, TimeSpan.FromSeconds(2), Now.AddSeconds(1)));
        Assert.Equal(new IntakeProgress(45, 40, 2, 0, -1), intake.Progress(IntakeWriter.AllPartition));
        Assert.Equal(1, intake.CutChunks(BatchSize, TimeSpan.FromSeconds(2), Now.AddSeconds(3)));
        Assert.Equal(45, intake.Progress(IntakeWriter.AllPartition).Chunked);
        Assert.Equal(new IntakeChunk(0, 1, 20), intake.Claim("a", TimeSpan.FromSeconds(5), Now));
        Assert.Equal(new IntakeChunk(1, 21, 40), intake.Claim("a", TimeSpan.FromSeconds(5), Now));
        Assert.Equal(new IntakeChunk(2, 41, 45), intake.Claim("a", TimeSpan.FromSeconds(5), Now));
    }

    [Fact]
    public void AClaimIsAnotherNodesOnlyAfterItsLeaseExpires()
    {
        using var store = SqliteStoryStore.Open(folder.File("claims.db"));
        var intake = new SqliteIntake(store);
        intake.Enqueue(InventedNews.Articles(40).Select(a => a.Document).ToList(), Now);
        intake.CutChunks(BatchSize, TimeSpan.Zero, Now);

        Assert.Equal(0, intake.Claim("a", TimeSpan.FromSeconds(10), Now)!.Chunk);
        Assert.Equal(1, intake.Claim("b", TimeSpan.FromSeconds(10), Now.AddSeconds(1))!.Chunk);
        Assert.Null(intake.Claim("b", TimeSpan.FromSeconds(10), Now.AddSeconds(2)));
        Assert.Equal(0, intake.Claim("b", TimeSpan.FromSeconds(10), Now.AddSeconds(11))!.Chunk);
    }

    [Fact]
    public async Task ABatchWhoseChunkIsAlreadyCommittedIsRefusedWhole()
    {
        var db = folder.File("fence.db");
        using var store = SqliteStoryStore.Open(db);
        var intake = new SqliteIntake(store);
        intake.Enqueue(InventedNews.Articles(40).Select(a => a.Document).ToList(), Now);
        var preparer = new IntakePreparer(intake, "a");
        while (await preparer.PrepareOneAsync(BatchSize, TimeSpan.Zero, threads: 1, TestContext.Current.CancellationToken))
        {
        }

        using (var writer = new IntakeWriter(store, intake, IntakeWriter.AllPartition, TimeSpan.FromSeconds(1)))
        {
            Assert.Equal(2, writer.CommitReady(TimeSpan.FromMinutes(1)));

            // Another writer of the same store file waits for the lease, and gives up.
            using var other = SqliteStoryStore.Open(db);
            Assert.Throws<StoreBusyException>(() => new IntakeWriter(other, new SqliteIntake(other), IntakeWriter.AllPartition, TimeSpan.FromMilliseconds(300)));
        }

        // A writer that kept an old mark (chunk 1 again) fails in the batch's transaction, which stores nothing.
        var articles = store.Counts().Articles;
        var state = IngestPipeline.Resume(store, new Core.Clustering.ClusteringOptions());
        var stale = new BatchWrite(store.StartRun(["stale"], Now), [], state.TakeChanges(), Now) { Intake = new IntakeMark(IntakeWriter.AllPartition, 1) };
        var refused = Assert.Throws<StoreException>(() => store.CommitBatch(stale));
        Assert.Contains("already committed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(articles, store.Counts().Articles);
        Assert.Equal(1, intake.Mark(IntakeWriter.AllPartition));
    }

    /// <summary>What <c>chorus ingest --batch-size 20</c> stores: each article's story.</summary>
    private Dictionary<string, long> IngestOnce(IReadOnlyList<Core.Documents.RawDocument> documents)
    {
        using var store = SqliteStoryStore.Open(folder.File("ingest.db"));
        using (var pipeline = new IngestPipeline(store, ["ingest"]))
        {
            foreach (var _ in pipeline.IngestAll(documents.Chunk(BatchSize)))
            {
            }

            pipeline.Finish();
        }

        return StoryOf(store);
    }

    private static Dictionary<string, long> StoryOf(SqliteStoryStore store)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT a.origin, s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id";
        using var reader = command.ExecuteReader();
        var stories = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            stories.Add(reader.GetString(0), reader.GetInt64(1));
        }

        return stories;
    }
}
