using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Intake;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Chorus.Core.Tests.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Nodes;

/// <summary>
/// Fetching shared by the nodes, in process: <c>chorus enqueue</c>'s reading leaves URLs unfetched, and the
/// preparers that claim the chunks fetch them, each page once, into the same stories as one ingest that fetched
/// them itself.
/// </summary>
public sealed class DeferredFetchTests : IDisposable
{
    private const int BatchSize = 10;
    private static readonly DateTime Now = new(2026, 1, 5, 12, 0, 0, DateTimeKind.Utc);
    private static readonly InputOptions Local = new() { AllowPrivateAddresses = true };
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Fact]
    public async Task ReadingWithDeferredFetchingRequestsNothingAndKeepsEachUrlInItsPlace()
    {
        await using var site = await ArticleSite.StartAsync(InventedNews.Articles(5), TimeSpan.Zero);
        var text = folder.File("local.txt");
        File.WriteAllText(text, InventedNews.Articles(6)[5].Document.Content);
        var list = site.WriteList(folder.File("urls.txt"), missingAfter: 2);

        var loaded = await InputLoader.LoadAsync([site.PageUrl(4), text, list], Local with { DeferFetching = true }, TestContext.Current.CancellationToken);

        Assert.Empty(site.Requests);
        Assert.Empty(loaded.Problems);
        Assert.Equal(ContentKind.PlainText, loaded.Documents[0].Kind);
        string[] expected = [site.PageUrl(4), site.PageUrl(0), site.PageUrl(1), site.MissingUrl, site.PageUrl(2), site.PageUrl(3)];
        Assert.Equal(expected, loaded.Documents.Skip(1).Select(d => d.Url));
        Assert.All(loaded.Documents.Skip(1), d => Assert.Equal((ContentKind.PageToFetch, ""), (d.Kind, d.Content)));

        var fetched = await DeferredPages.FetchAsync(loaded.Documents, Local, TestContext.Current.CancellationToken);
        var direct = await InputLoader.LoadAsync([site.PageUrl(4), text, list], Local, TestContext.Current.CancellationToken);
        Assert.Equal(direct.Documents.Select(Comparable), fetched.Documents.Select(Comparable));
        var problem = Assert.Single(fetched.Problems);
        Assert.Equal(site.MissingUrl, problem.Input);
    }

    [Fact]
    public async Task PagesToFetchAreRefusedWhenFetchingIsOff()
    {
        var page = new RawDocument("listed", "", ContentKind.PageToFetch) { Url = "http://127.0.0.1:9/a" };

        var fetched = await DeferredPages.FetchAsync([page], Local with { FetchAllowed = false }, TestContext.Current.CancellationToken);

        Assert.Empty(fetched.Documents);
        Assert.Contains("fetching is turned off", Assert.Single(fetched.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPreparersFetchEveryEnqueuedPageOnceAndClusterAsOneIngestThatFetchedThem()
    {
        await using var site = await ArticleSite.StartAsync(InventedNews.Articles(80), TimeSpan.FromMilliseconds(5));
        // Last: a page that fails leaves its chunk one document short, which shifts the later batches against ingest's.
        var list = site.WriteList(folder.File("urls.txt"), missingAfter: 80);
        var direct = await InputLoader.LoadAsync([list], Local, TestContext.Current.CancellationToken);
        var expected = IngestOnce(direct.Documents);
        site.ForgetRequests();

        var db = folder.File("nodes.db");
        using var nodeA = SqliteStoryStore.Open(db);
        using var nodeB = SqliteStoryStore.Open(db);
        var (intakeA, intakeB) = (new SqliteIntake(nodeA), new SqliteIntake(nodeB));
        var deferred = await InputLoader.LoadAsync([list], Local with { DeferFetching = true }, TestContext.Current.CancellationToken);
        intakeA.Enqueue(deferred.Documents, Now);
        Assert.Empty(site.Requests);

        var problems = new List<InputProblem>();
        var preparers = new[] { Preparer(intakeA, "a", problems), Preparer(intakeB, "b", problems) };
        for (var turn = 0; await preparers[turn % 2].PrepareOneAsync(BatchSize, TimeSpan.Zero, threads: 1, TestContext.Current.CancellationToken); turn++)
        {
        }

        using (var writer = new IntakeWriter(nodeA, intakeA, IntakeWriter.AllPartition, TimeSpan.FromSeconds(1)))
        {
            writer.CommitReady(TimeSpan.FromMinutes(1));
        }

        Assert.True(intakeA.Progress(IntakeWriter.AllPartition).Done);
        Assert.Equal(81, site.Requests.Count);
        Assert.All(site.Requests, r => Assert.Equal(1, r.Value));
        Assert.Equal(site.MissingUrl, Assert.Single(problems).Input);
        Assert.Equal(["a", "b"], PreparedBy(nodeA));
        Assert.Equal(expected, StoryOf(nodeA));
    }

    [Fact]
    public async Task AClaimIsRenewedWhileItsPagesAreFetchedSoNoOtherNodeTakesIt()
    {
        using var store = SqliteStoryStore.Open(folder.File("renew.db"));
        var intake = new SqliteIntake(store);
        intake.Enqueue(InventedNews.Articles(20).Select(a => a.Document).ToList(), Now);
        intake.CutChunks(BatchSize, TimeSpan.Zero, Now);
        var chunk = intake.Claim("a", TimeSpan.FromSeconds(10), Now)!;

        Assert.True(intake.Renew(chunk, "a", TimeSpan.FromSeconds(10), Now.AddSeconds(8)));
        Assert.Equal(1, intake.Claim("b", TimeSpan.FromSeconds(10), Now.AddSeconds(12))!.Chunk);
        Assert.False(intake.Renew(chunk, "b", TimeSpan.FromSeconds(10), Now.AddSeconds(12)));
        Assert.Null(intake.Claim("b", TimeSpan.FromSeconds(10), Now.AddSeconds(17)));
        Assert.Equal(0, intake.Claim("b", TimeSpan.FromSeconds(10), Now.AddSeconds(19))!.Chunk);
    }

    private static IntakePreparer Preparer(IIntake intake, string holder, List<InputProblem> problems) =>
        new(intake, holder) { Fetching = Local, Report = p => { lock (problems) { problems.Add(p); } } };

    private static (string Origin, string Content, ContentKind Kind, string? Url) Comparable(RawDocument d) => (d.Origin, d.Content, d.Kind, d.Url);

    private Dictionary<string, long> IngestOnce(IReadOnlyList<RawDocument> documents)
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

    private static List<string> PreparedBy(SqliteStoryStore store) => Rows(store, "SELECT DISTINCT prepared_by FROM intake_chunks WHERE prepared_by IS NOT NULL ORDER BY 1")
        .Select(r => r.Item1).ToList();

    private static Dictionary<string, long> StoryOf(SqliteStoryStore store) =>
        Rows(store, "SELECT a.origin, s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id")
            .ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);

    private static List<(string, long)> Rows(SqliteStoryStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.FieldCount > 1 ? reader.GetInt64(1) : 0));
        }

        return rows;
    }
}
