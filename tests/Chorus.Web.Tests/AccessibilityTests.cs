using Chorus.Web.Tests.Support;
using Deque.AxeCore.Playwright;
using Xunit;

namespace Chorus.Web.Tests;

/// <summary>axe-core in Chromium finds no serious or critical violation on the reader's pages; structure a screen reader relies on is there.</summary>
public sealed class AccessibilityTests(SampleServer sample, Browser browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?order=newest&q=dam")]
    [InlineData("/stories/1")]
    [InlineData("/search?q=spillway")]
    [InlineData("/search?q=%22unclosed")]
    [InlineData("/nowhere")]
    public async Task AxeFindsNoSeriousOrCriticalViolation(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(sample.Server.Url + path);
        if (path.StartsWith("/stories/", StringComparison.Ordinal))
        {
            // Check the page as a reader uses it: a sentence's sources open.
            await page.ClickAsync("#c1 a.cite");
        }

        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.NotEmpty(results.Passes);
    }

    [Fact]
    public async Task TheArticlePageHasNoSeriousViolationWithItsBoilerplateOpen()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(sample.Server.Url + "/stories/1");
        await page.ClickAsync(".brief-head .outlets a >> nth=0");
        await page.ClickAsync("details.removed summary");
        var results = await page.RunAxe();
        Assert.DoesNotContain(results.Violations, v => v.Impact is "serious" or "critical");
    }

    [Fact]
    public async Task TheStoryHasLandmarksHeadingsCaptionedTablesAndMachineReadableDates()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(sample.Server.Url + "/stories/1");
        Assert.Equal(1, await page.Locator("header.site").CountAsync());
        Assert.Equal(1, await page.Locator("main#main").CountAsync());
        Assert.Equal(1, await page.Locator("nav[aria-label='Site']").CountAsync());
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.True(await page.Locator("h2").CountAsync() >= 6);
        Assert.Equal(await page.Locator("table").CountAsync(), await page.Locator("table > caption").CountAsync());
        var times = page.Locator("ol.timeline time");
        Assert.True(await times.CountAsync() >= 5);
        foreach (var datetime in await times.EvaluateAllAsync<string[]>("ts => ts.map(t => t.getAttribute('datetime'))"))
        {
            Assert.Matches("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", datetime);
        }

        // Coverage is never colour alone: each sentence says "3 of 4 sources" in words.
        Assert.Matches("^[0-9]+ of 4 sources:$", await page.Locator("#c1 .count").InnerTextAsync());
    }
}
