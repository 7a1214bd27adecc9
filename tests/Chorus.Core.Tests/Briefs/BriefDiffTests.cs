using System.Text.Json;
using Chorus.Core.Rendering;
using Xunit;

namespace Chorus.Core.Tests.Briefs;

/// <summary>The difference between two stored briefs of a story, as a pure function, and how it is written.</summary>
public sealed class BriefDiffTests
{
    private static readonly BriefDto Before = Brief(
        "Ferry crews strike over night shifts",
        [("Ferry crews walked out at dawn on Monday.", "Harbour Times"), ("The port said crossings were cancelled until further notice.", "Harbour Times")],
        [("a1", "Harbour Times")],
        [("count", "passengers stranded", ["300", "500"])]);

    private static readonly BriefDto After = Brief(
        "Ferry strike ends after night shift deal",
        [("Ferry crews  walked out at dawn on Monday.", "Harbour Times"), ("Union leaders accepted a deal on night shifts late on Tuesday.", "Coast Radio")],
        [("a1", "Harbour Times"), ("b7", "Coast Radio"), ("a9", "Harbour Times")],
        [("date", "when crossings resume", ["Wednesday", "Thursday"])]);

    [Fact]
    public void SentencesSourcesAndConflictsThatCameAndWentAreListed()
    {
        var changes = BriefDiff.Between(12, 1, Before, 3, After);

        Assert.Equal((12L, 1, 3), (changes.StoryId, changes.Since, changes.Version));
        Assert.True(changes.HeadlineChanged);
        Assert.Equal(["Union leaders accepted a deal on night shifts late on Tuesday."], changes.AddedSentences.Select(s => s.Text));
        Assert.Equal(["Coast Radio"], changes.AddedSentences[0].Outlets);
        Assert.Equal(["The port said crossings were cancelled until further notice."], changes.RemovedSentences.Select(s => s.Text));
        Assert.Equal([("b7", true), ("a9", false)], changes.NewSources.Select(s => (s.ArticleId, s.NewOutlet)));
        Assert.Empty(changes.RemovedSources);
        Assert.Equal("when crossings resume", Assert.Single(changes.NewConflicts).Claim);
        Assert.Equal(["Wednesday", "Thursday"], changes.NewConflicts[0].Sides);
        Assert.Equal("passengers stranded", Assert.Single(changes.ResolvedConflicts).Claim);
    }

    [Fact]
    public void ABriefComparedWithItselfHasNoChanges()
    {
        var changes = BriefDiff.Between(12, 2, After, 2, After);

        Assert.True(changes.IsEmpty);
        Assert.Contains("Nothing in the brief changed.", BriefChangesRender.Markdown(changes), StringComparison.Ordinal);
        Assert.Equal("no change in the brief", BriefChangesRender.Counts(changes));
    }

    [Fact]
    public void MarkdownAndJsonCarryEveryChange()
    {
        var changes = BriefDiff.Between(12, 1, Before, 3, After);

        var md = BriefChangesRender.Markdown(changes);
        Assert.StartsWith("# Changes since version 1: Ferry strike ends after night shift deal\n", md, StringComparison.Ordinal);
        Assert.Contains("## Added to the summary\n\n- Union leaders accepted a deal on night shifts late on Tuesday. (Coast Radio)\n", md, StringComparison.Ordinal);
        Assert.Contains("- Coast Radio: Story b7 (new outlet)\n", md, StringComparison.Ordinal);
        Assert.Contains("## Resolved conflicts\n\n- count: passengers stranded (300 | 500)\n", md, StringComparison.Ordinal);
        Assert.Equal("1 sentence added, 1 sentence removed, 2 new sources, 1 new conflict, 1 conflict resolved, new headline", BriefChangesRender.Counts(changes));

        var json = BriefChangesRender.Json(changes);
        Assert.Equal(json, BriefChangesRender.Json(BriefDiff.Between(12, 1, Before, 3, After)));
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal(BriefChangesRender.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("Ferry crews strike over night shifts", root.GetProperty("previousHeadline").GetString());
        Assert.Equal("b7", root.GetProperty("newSources")[0].GetProperty("articleId").GetString());
        Assert.True(root.GetProperty("newSources")[0].GetProperty("newOutlet").GetBoolean());
        Assert.Equal(1, root.GetProperty("resolvedConflicts").GetArrayLength());
    }

    private static BriefDto Brief(string headline, (string Text, string Outlet)[] summary, (string Id, string Outlet)[] sources, (string Kind, string Claim, string[] Sides)[] conflicts) =>
        new(BriefJson.SchemaVersion, headline, sources.Length, sources.Select(s => s.Outlet).Distinct().Count(),
            summary.Select(s => new SummaryDto(s.Text, "S1", 1, [new AttributionDto("S1", "a1", s.Outlet, 0, 0, s.Text.Length, s.Text, 1)])).ToList(),
            sources.Select((s, i) => new SourceDto($"S{i + 1}", s.Id, s.Id + ".txt", new FoundDto(s.Outlet, "hint", s.Outlet), $"Story {s.Id}", null, null, null, null, i + 1, null, null, 3, 0)).ToList(),
            [], [], [])
        {
            Facts = new FactsDto([], [], [], [], conflicts.Select(c => new ConflictDto(c.Kind, c.Claim, c.Sides.Select(v => new SideDto([new ValueDto(v, [])])).ToList())).ToList(), [], [], []),
        };
}
