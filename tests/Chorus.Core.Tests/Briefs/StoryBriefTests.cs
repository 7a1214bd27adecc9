using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Briefs;

/// <summary>One brief per story: the inputs are grouped by the ingest clusterer, largest story first.</summary>
public sealed class StoryBriefTests
{
    private static RawDocument Article(string name, string text) => new(name + ".txt", text, ContentKind.PlainText);

    private static readonly RawDocument[] Bridge =
    [
        Article("bridge-1", "The council closed the Old Mill bridge on Tuesday after engineers found deep cracks in two of its stone piers.\n\nDrivers face a detour over the ring road for at least six weeks while the piers are rebuilt, the council said."),
        Article("bridge-2", "Engineers found deep cracks in two stone piers of the Old Mill bridge, and the council closed it to traffic on Tuesday.\n\nThe council said repairs to the piers would take at least six weeks and drivers should use the ring road."),
        Article("bridge-3", "The Old Mill bridge is shut: cracks were found in two of its stone piers, the council said on Tuesday.\n\nA detour over the ring road will stay in place for six weeks while engineers rebuild the cracked piers."),
    ];

    private static readonly RawDocument[] Orchestra =
    [
        Article("orchestra-1", "The city orchestra announced a new principal conductor on Friday, the violinist Marta Oyelaran, who takes up the post in September.\n\nOyelaran said she would add three concerts of new music to the orchestra's winter season."),
        Article("orchestra-2", "Violinist Marta Oyelaran will become principal conductor of the city orchestra in September, the orchestra said on Friday.\n\nHer first winter season will include three concerts of new music, Oyelaran told reporters."),
    ];

    [Fact]
    public void TwoStoriesGiveTwoBriefsLargestFirst()
    {
        var run = StoryBriefPipeline.Run([Orchestra[0], Bridge[0], Orchestra[1], Bridge[1], Bridge[2]]);

        Assert.Equal(2, run.Briefs.Count);
        Assert.Equal(5, run.Articles);
        Assert.All(run.Briefs[0].Sources, s => Assert.StartsWith("bridge-", s.Article.Origin, StringComparison.Ordinal));
        Assert.All(run.Briefs[1].Sources, s => Assert.StartsWith("orchestra-", s.Article.Origin, StringComparison.Ordinal));
        Assert.Equal(3, run.Briefs[0].IndependentSources);
    }

    [Fact]
    public void TheMarkdownSaysHowManyStoriesAndTheJsonListsThem()
    {
        var run = StoryBriefPipeline.Run([.. Bridge, .. Orchestra]);

        var md = BriefMarkdown.RenderStories(run.Briefs, []);
        var json = BriefJson.RenderStories(run.Briefs, []);

        Assert.StartsWith("*2 stories found in 5 articles, largest first", md, StringComparison.Ordinal);
        Assert.Contains("*Story 1 of 2: 3 articles from 3 independent sources*", md, StringComparison.Ordinal);
        Assert.Contains("*Story 2 of 2: 2 articles from 2 independent sources*", md, StringComparison.Ordinal);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(2, parsed.RootElement.GetProperty("storyCount").GetInt32());
        Assert.Equal(2, parsed.RootElement.GetProperty("stories").GetArrayLength());
    }

    [Fact]
    public void ASingleStoryIsTheBriefOfTheOneStoryPipeline()
    {
        var stories = StoryBriefPipeline.Run(Seeds.Sample);
        var single = BriefPipeline.Run(Seeds.Sample);

        var brief = Assert.Single(stories.Briefs);
        Assert.Equal(BriefMarkdown.Render(single.Brief!, single.Problems), BriefMarkdown.RenderStories(stories.Briefs, stories.Problems));
        Assert.Equal(BriefJson.Render(single.Brief!, []), BriefJson.Render(brief, []));
    }

    [Fact]
    public void TheSeedsAndTheSampleAreTwoStoriesEachWithItsOwnBrief()
    {
        var run = StoryBriefPipeline.Run([.. Seeds.All, .. Seeds.Sample]);

        Assert.Equal(2, run.Briefs.Count);
        Assert.Contains(run.Briefs, b => b.Sources.All(s => s.Article.Origin.Contains("kharsun-dam-flood", StringComparison.Ordinal)));
        Assert.Contains(run.Briefs, b => b.Sources.All(s => s.Article.Origin.Contains("seeds", StringComparison.Ordinal)));
    }
}
