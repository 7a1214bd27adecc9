using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Storage;

/// <summary>Writers on one store, each with its own connection, take turns: the result is a sequential one.</summary>
public sealed class ConcurrentWriterTests : IDisposable
{
    private static readonly DateTime Now = new(2024, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static IReadOnlyList<RawDocument> Run(int first, string date) =>
        Enumerable.Range(first, 30).Select(n => TempFolder.Article(n, date)).ToList();

    private static void Ingest(string path, string name, IReadOnlyList<RawDocument> documents, Barrier? start = null)
    {
        using var store = SqliteStoryStore.Open(path);
        start?.SignalAndWait();
        using var run = new IngestPipeline(store, [name], clock: () => Now);
        foreach (var _ in run.IngestAll(documents.Chunk(3)))
        {
        }

        run.Finish();
    }

    /// <summary>Every story with its articles in arrival order, and the runs' names in the order they ran.</summary>
    private static (List<string> Stories, List<string> Runs) Contents(string path)
    {
        using var store = SqliteStoryStore.Open(path);
        var stories = store.Stories(new StoryQuery()).OrderBy(s => s.Id)
            .Select(s => $"{s} [{string.Join(' ', store.StoryDocuments(s.Id).Select(d => d.ArticleId))}]").ToList();
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT sources FROM runs ORDER BY id";
        using var reader = command.ExecuteReader();
        var runs = new List<string>();
        while (reader.Read())
        {
            runs.Add(reader.GetString(0));
        }

        return (stories, runs);
    }

    [Fact]
    public async Task TwoIngestsAtOnceGiveTheResultOfOneAfterTheOther()
    {
        var runs = new Dictionary<string, IReadOnlyList<RawDocument>>
        {
            ["first"] = Run(0, "May 1, 2024"),
            ["second"] = Run(100, "May 2, 2024"),
        };
        var together = folder.File("together.db");
        using (SqliteStoryStore.Open(together))
        {
            // Created before the race, so both writers open a store that exists.
        }

        using var start = new Barrier(2);
        var writers = runs.Select(r => Task.Run(() => Ingest(together, r.Key, r.Value, start), TestContext.Current.CancellationToken)).ToArray();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(120), TestContext.Current.CancellationToken);

        var (stories, order) = Contents(together);
        Assert.Equal(2, order.Count);
        var oneAfterOther = folder.File("sequential.db");
        foreach (var name in order)
        {
            Ingest(oneAfterOther, name, runs[name]);
        }

        var expected = Contents(oneAfterOther);
        using (var store = SqliteStoryStore.Open(together))
        using (var sequential = SqliteStoryStore.Open(oneAfterOther))
        {
            Assert.Equal(sequential.Counts(), store.Counts());
            Assert.Equal("ok", store.IntegrityCheck());
        }

        Assert.Equal(expected.Stories, stories);
    }

    [Fact]
    public async Task ASecondWriterIsToldItWaitsAndGoesOnOnceTheFirstIsDone()
    {
        var path = folder.File("a.db");
        using var holder = SqliteStoryStore.Open(path);
        using var other = SqliteStoryStore.Open(path);
        var told = new List<string>();
        Task<IDisposable> waiting;
        using (holder.AcquireWriter(cancellation: TestContext.Current.CancellationToken))
        {
            var cancellation = TestContext.Current.CancellationToken;
            waiting = Task.Run(() => other.AcquireWriter(told.Add, cancellation: cancellation), cancellation);
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellation);
            Assert.False(waiting.IsCompleted, "the second writer got in while the first held the store");
            Assert.Contains(path, Assert.Single(told), StringComparison.Ordinal);
        }

        (await waiting.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)).Dispose();
    }

    [Fact]
    public void AWriterThatWillNotWaitLongIsRefusedNamingTheStore()
    {
        var path = folder.File("a.db");
        using var holder = SqliteStoryStore.Open(path);
        using var other = SqliteStoryStore.Open(path);
        using (holder.AcquireWriter(cancellation: TestContext.Current.CancellationToken))
        {
            var refused = Assert.Throws<StoreBusyException>(() => other.AcquireWriter(maxWait: TimeSpan.FromMilliseconds(200), cancellation: TestContext.Current.CancellationToken));
            Assert.Contains(path, refused.Message, StringComparison.Ordinal);
        }

        other.AcquireWriter(maxWait: TimeSpan.FromSeconds(5), cancellation: TestContext.Current.CancellationToken).Dispose();
    }

    [Fact]
    public void ReadersAreNotBlockedWhileAWriterHoldsTheStore()
    {
        var path = folder.File("a.db");
        Ingest(path, "first", Run(0, "May 1, 2024"));
        using var writer = SqliteStoryStore.Open(path);
        using var lease = writer.AcquireWriter(cancellation: TestContext.Current.CancellationToken);
        using var reader = SqliteStoryStore.Open(path);
        Assert.Equal(30, reader.Counts().Articles);
    }
}
