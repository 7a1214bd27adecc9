using System.Text.Json;
using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Chorus.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chorus.Core.Tests.Cli;

/// <summary><c>chorus show ID --since N</c> on a story that gained an outlet after its first brief was kept.</summary>
public sealed class ShowSinceTests : IDisposable
{
    private static readonly string[][] Reports =
    [
        [
            "Ferry crews in Portmere walked out at dawn on Monday in a dispute over night shifts, stranding hundreds of passengers.",
            "The Portmere ferry company said every crossing to the islands was cancelled until further notice.",
            "Union leader Marta Solis said the crews would stay out until the night shift rota was withdrawn.",
        ],
        [
            "Hundreds of passengers were stranded in Portmere on Monday after ferry crews went on strike over night shift rotas.",
            "Marta Solis, who leads the crews' union, said the Portmere ferry company had ignored months of complaints.",
            "Island shops warned that deliveries would run short if the ferry strike lasted beyond the weekend.",
        ],
    ];

    private readonly string folder = Directory.CreateTempSubdirectory("chorus-show-since-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void TheChangesSinceAKeptVersionAreWrittenAsMarkdownAndJson()
    {
        var db = Path.Combine(folder, "ferry.db");
        Ingest(db, Report(0, "Portmere Post"));
        var story = SingleStory(db);

        // Showing the story keeps its brief as this version's.
        Assert.Equal(0, CliRunner.Run("show", Id(story), "--db", db).ExitCode);
        Ingest(db, Report(1, "Island Radio"));
        var now = SingleStory(db);
        Assert.True(now.Version > story.Version);

        var md = CliRunner.Run("show", Id(story), "--db", db, "--since", V(story));
        Assert.Equal(0, md.ExitCode);
        Assert.Contains($"# Changes since version {story.Version}:", md.Stdout, StringComparison.Ordinal);
        Assert.Contains($"to version {now.Version}.", md.Stdout, StringComparison.Ordinal);
        Assert.Contains("## New sources", md.Stdout, StringComparison.Ordinal);
        Assert.Contains("Island Radio:", md.Stdout, StringComparison.Ordinal);
        Assert.Contains("(new outlet)", md.Stdout, StringComparison.Ordinal);

        var json = CliRunner.Run("show", Id(story), "--db", db, "--since", V(story), "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var parsed = JsonDocument.Parse(json.StdoutBytes);
        Assert.Equal(now.Version, parsed.RootElement.GetProperty("version").GetInt32());
        var source = Assert.Single(parsed.RootElement.GetProperty("newSources").EnumerateArray());
        Assert.Equal("Island Radio", source.GetProperty("outlet").GetString());
        Assert.Equal(json.Stdout, CliRunner.Run("show", Id(story), "--db", db, "--since", V(story), "--format", "json").Stdout);
    }

    [Fact]
    public void AVersionWithoutAKeptBriefOrAnHtmlFormatIsAUsageError()
    {
        var db = Path.Combine(folder, "ferry.db");
        Ingest(db, Report(0, "Portmere Post"));
        var story = SingleStory(db);

        var future = CliRunner.Run("show", Id(story), "--db", db, "--since", "9");
        Assert.Equal(2, future.ExitCode);
        Assert.Contains($"--since 9: version 9: the story is at version {story.Version}", future.Stderr, StringComparison.Ordinal);

        var html = CliRunner.Run("show", Id(story), "--db", db, "--since", "1", "--format", "html");
        Assert.Equal(2, html.ExitCode);
        Assert.Contains("--since: the changes are written as md or json", html.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("show", Id(story), "--db", db, "--since", "zero").ExitCode);
    }

    private static RawDocument Report(int n, string outlet) =>
        new($"ferry-{n}.txt", $"Portmere ferry crews strike over night shifts\nMarch 16, 2026\n\n{string.Join("\n\n", Reports[n])}\n", ContentKind.PlainText) { OutletHint = outlet };

    private static void Ingest(string db, RawDocument document)
    {
        using var store = SqliteStoryStore.Open(db);
        using var run = new IngestPipeline(store, ["test"]);
        run.IngestBatch([document]);
        run.Finish();
    }

    private static StoryRow SingleStory(string db)
    {
        using var store = SqliteStoryStore.Open(db);
        return Assert.Single(store.Stories(new StoryQuery()));
    }

    private static string Id(StoryRow story) => story.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string V(StoryRow story) => story.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
