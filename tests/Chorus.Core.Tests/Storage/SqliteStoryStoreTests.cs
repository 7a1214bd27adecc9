using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Storage;

/// <summary>The SQLite store: idempotent ingest, migrations, refusal of foreign files, search, undated articles.</summary>
public sealed class SqliteStoryStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2024, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static void Ingest(IStoryStore store, params int[] articles)
    {
        var ingestor = new IngestPipeline(store, ["test"], clock: () => Now);
        ingestor.IngestBatch(articles.Select(n => TempFolder.Article(n)).ToList());
        ingestor.Finish();
    }

    [Fact]
    public void IngestingTheSameArticlesTwiceChangesNothing()
    {
        var path = folder.File("a.db");
        using (var store = SqliteStoryStore.Open(path))
        {
            Ingest(store, 0, 1, 2, 3);
            var first = store.Counts();
            Assert.Equal(4, first.Articles);
            Assert.Equal(2, first.Stories);
            var stories = store.Stories(new StoryQuery());

            var again = new IngestPipeline(store, ["again"], clock: () => Now);
            var result = again.IngestBatch([.. new[] { 0, 1, 2, 3 }.Select(n => TempFolder.Article(n))]);
            again.Finish();
            Assert.Equal(0, result.Added);
            Assert.Equal(4, result.AlreadyStored);
            var second = store.Counts();
            Assert.Equal(first with { Runs = second.Runs }, second);
            Assert.Equal(stories, store.Stories(new StoryQuery()));
        }

        using var reopened = SqliteStoryStore.Open(path);
        Assert.Equal(4, reopened.Counts().Articles);
        Assert.Equal("ok", reopened.IntegrityCheck());
    }

    [Fact]
    public void OverlappedIngestStoresWhatBatchByBatchIngestStores()
    {
        var batches = Enumerable.Range(0, 24).Select(n => TempFolder.Article(n)).Chunk(5).ToList();
        using var sequential = SqliteStoryStore.Open(folder.File("sequential.db"));
        using var overlapped = SqliteStoryStore.Open(folder.File("overlapped.db"));
        var one = new IngestPipeline(sequential, ["test"], clock: () => Now);
        var sequentialResults = batches.Select(one.IngestBatch).ToList();
        one.Finish();
        var other = new IngestPipeline(overlapped, ["test"], clock: () => Now);
        var overlappedResults = other.IngestAll(batches).ToList();
        other.Finish();

        Assert.Equal(5, overlappedResults.Count);
        Assert.Equal(batches.Select(b => b.Length), overlappedResults.Select(r => r.Documents));
        Assert.Equal(sequentialResults.Select(r => (r.Added, r.Copies, r.NewStories)), overlappedResults.Select(r => (r.Added, r.Copies, r.NewStories)));
        Assert.Equal(24, overlapped.Counts().Articles);
        Assert.Equal(sequential.Stories(new StoryQuery()), overlapped.Stories(new StoryQuery()));
        foreach (var story in overlapped.Stories(new StoryQuery()))
        {
            Assert.Equal(sequential.StoryDocuments(story.Id).Select(d => d.ArticleId), overlapped.StoryDocuments(story.Id).Select(d => d.ArticleId));
        }
    }

    [Fact]
    public void ACopyOfAnArticleStoredByAnEarlierRunIsFoundAsACopy()
    {
        var path = folder.File("a.db");
        using (var store = SqliteStoryStore.Open(path))
        {
            Ingest(store, 0, 1, 2, 3);
        }

        var original = TempFolder.Article(2);
        var copy = original with { Origin = "syndicated-copy.txt", Content = original.Content + "\nThe city council will meet on Friday to hear from the engineers about the closure.\n" };
        using var reopened = SqliteStoryStore.Open(path);
        var before = reopened.Stories(new StoryQuery());
        var ingestor = new IngestPipeline(reopened, ["later run"], clock: () => Now);
        var result = ingestor.IngestBatch([copy]);
        ingestor.Finish();

        Assert.Equal(1, result.Added);
        Assert.Equal(1, result.Copies);
        Assert.Equal(5, reopened.Counts().Articles);
        Assert.Equal(1, reopened.Counts().Copies);
        var grown = Assert.Single(reopened.Stories(new StoryQuery()), s => s.Articles == before.Single(b => b.Id == s.Id).Articles + 1);
        Assert.Equal(before.Single(b => b.Id == grown.Id).IndependentSources, grown.IndependentSources);
    }

    [Fact]
    public void ArticlesOfOneStoryAreStoredTogetherAndServedForItsBrief()
    {
        using var store = SqliteStoryStore.Open(folder.File("a.db"));
        Ingest(store, 0, 1, 2, 3, 4);
        var stories = store.Stories(new StoryQuery());
        var bridge = Assert.Single(stories, s => s.Headline.Contains("bridge", StringComparison.Ordinal));
        Assert.Equal(3, bridge.Articles);
        Assert.Equal(3, bridge.IndependentSources);
        var documents = store.StoryDocuments(bridge.Id);
        Assert.Equal(3, documents.Count);
        Assert.All(documents, d => Assert.Contains("Calvera", d.Raw.Content, StringComparison.Ordinal));
        Assert.Single(store.Stories(new StoryQuery { MinSources = 3 }));
    }

    [Fact]
    public void AnUndatedArticleTakesTheIngestTimeMarkedAsSuch()
    {
        using var store = SqliteStoryStore.Open(folder.File("a.db"));
        var ingestor = new IngestPipeline(store, ["test"], clock: () => Now);
        var result = ingestor.IngestBatch([TempFolder.Article(0, date: null), TempFolder.Article(2)]);
        Assert.Equal(1, result.Undated);
        var documents = store.StoryDocuments(store.Stories(new StoryQuery()).Single().Id);
        var undated = Assert.Single(documents, d => d.TimeIsIngestTime);
        Assert.Equal(Now, undated.Time);
        Assert.Equal(new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc), Assert.Single(documents, d => !d.TimeIsIngestTime).Time);
    }

    [Fact]
    public void FullTextSearchFindsArticlesAndTheirStories()
    {
        using var store = SqliteStoryStore.Open(folder.File("a.db"));
        Ingest(store, 0, 1, 2);
        var hits = store.Search("conductor Orsk", 10);
        var hit = Assert.Single(hits);
        Assert.Contains("Orchestra", hit.Title, StringComparison.Ordinal);
        Assert.Contains("[", hit.Snippet, StringComparison.Ordinal);
        Assert.Empty(store.Search("\"unbalanced AND (", 10));
        Assert.Equal(2, store.Search("Calvera bridge", 10).Count);
    }

    [Fact]
    public void AVersion1DatabaseIsMigratedAndItsArticlesBecomeSearchable()
    {
        var path = folder.File("old.db");
        long sentences;
        using (var old = SqliteStoryStore.Open(path, schemaVersion: 1))
        {
            Assert.Equal(1, old.SchemaVersion);
            var ingestor = new IngestPipeline(old, ["v1"], clock: () => Now);
            ingestor.IngestBatch([TempFolder.Article(0), TempFolder.Article(1)]);
            sentences = old.Counts().Sentences;
        }

        using var store = SqliteStoryStore.Open(path);
        Assert.Equal(SqliteSchema.Latest, store.SchemaVersion);
        Assert.True(sentences > 2);
        Assert.Equal(sentences, store.Counts().Sentences); // migration 3 keeps every sentence, as a span
        Assert.Single(store.Search("Calvera", 10));
        Assert.Equal(2, store.Counts().Articles);
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Fact]
    public void AFileThatIsNotSqliteIsRefusedAndLeftUntouched()
    {
        var path = folder.File("notes.db");
        var bytes = "These are my notes, not a database.\n"u8.ToArray();
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<StoreException>(() => SqliteStoryStore.Open(path));
        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void AnotherProgramsSqliteDatabaseIsRefusedAndLeftUntouched()
    {
        var path = folder.File("other.db");
        using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            other.Open();
            using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('Ada');";
            create.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(path);
        var error = Assert.Throws<StoreException>(() => SqliteStoryStore.Open(path));
        Assert.Contains("another program", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void ADamagedDatabaseGivesAClearErrorAndIsLeftUntouched()
    {
        var path = folder.File("damaged.db");
        using (var store = SqliteStoryStore.Open(path))
        {
            Ingest(store, 0, 1);
        }

        // Keep the SQLite header but overwrite the first page's b-tree with garbage.
        var bytes = File.ReadAllBytes(path);
        for (var i = 100; i < Math.Min(bytes.Length, 4096); i++)
        {
            bytes[i] = 0xEE;
        }

        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<StoreException>(() => SqliteStoryStore.Open(path));
        Assert.Contains("left untouched", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }
}
