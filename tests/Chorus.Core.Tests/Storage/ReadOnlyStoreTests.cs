using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Chorus.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Storage;

/// <summary>
/// A store that cannot be written (issue 16, point 8): reads still work, a write is refused naming the file; and a
/// search that repeats one word is one term, answered at once (point 5).
/// </summary>
public sealed class ReadOnlyStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2024, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            foreach (var file in Directory.GetFiles(folder.Path))
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        folder.Dispose();
    }

    private string StoreOfSixArticles()
    {
        var path = folder.File("stories.db");
        using var store = SqliteStoryStore.Open(path);
        using var ingestor = new IngestPipeline(store, ["test"], clock: () => Now);
        ingestor.IngestBatch([.. Enumerable.Range(0, 6).Select(n => TempFolder.Article(n))]);
        ingestor.Finish();
        return path;
    }

    [Fact]
    public void AStoreOpenedReadOnlyIsReadAndRefusesWrites()
    {
        var path = StoreOfSixArticles();

        using var store = SqliteStoryStore.OpenReadOnly(path);

        Assert.Equal(2, store.Stories(new StoryQuery()).Count);
        Assert.NotEmpty(store.Search("Calvera bridge", 5));
        var refused = Assert.Throws<SqliteException>(() =>
        {
            using var ingestor = new IngestPipeline(store, ["test"], clock: () => Now);
            ingestor.IngestBatch([TempFolder.Article(7)]);
        });
        Assert.Equal(8, refused.SqliteErrorCode); // SQLITE_READONLY
        Assert.Equal(2, store.Stories(new StoryQuery()).Count);
    }

    [Fact]
    public void AFolderAndFileWithoutWriteModeGiveExit3ForIngestButStoriesShowAndSearchWork()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("file modes are a Unix test");
        }

        var path = StoreOfSixArticles();
        var readable = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(path, readable);
        File.SetUnixFileMode(folder.Path, readable | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);

        // Root writes whatever the modes say, so the commands run as an unprivileged user (nobody, when tests run as root).
        var ingest = CliRunner.RunUnprivileged("ingest", "samples/kharsun-dam-flood", "--db", path);
        Assert.Equal(3, ingest.ExitCode);
        Assert.Contains($"error: {path}: cannot be used as a Chorus store (read-only", ingest.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.RunUnprivileged("stories", "--db", path).ExitCode);
        var show = CliRunner.RunUnprivileged("show", "1", "--db", path);
        Assert.True(show.ExitCode == 0, show.Stderr);
        Assert.Equal(0, CliRunner.RunUnprivileged("search", "Calvera", "--db", path).ExitCode);
        Assert.Equal(6, ArticlesIn(path)); // the refused ingest added nothing
    }

    private static int ArticlesIn(string path)
    {
        using var store = SqliteStoryStore.OpenReadOnly(path);
        return store.Stories(new StoryQuery()).Sum(s => s.Articles);
    }

    [Fact]
    public void ASearchRepeatingOneWordTwentyThousandTimesIsOneTerm()
    {
        var path = StoreOfSixArticles();
        using var store = SqliteStoryStore.Open(path);
        var query = string.Join(' ', Enumerable.Repeat("Calvera", 20_000));

        Assert.Equal("\"calvera\"", SqliteStoryStore.FtsQuery(query), ignoreCase: true);
        Assert.Equal("(\"calvera\") NOT \"orchestra\"", Assert.IsType<SearchQuery>(Parsed("Calvera calvera CALVERA -orchestra -Orchestra")).FtsMatch, ignoreCase: true);
        Assert.Equal(3, store.Search(query, 20).Count);
    }

    private static SearchQuery? Parsed(string text) => SearchQuery.TryParse(text, out var query, out _) ? query : null;
}
