using System.Text.Json;
using Chorus.Web.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace Chorus.Web.Tests;

/// <summary>A reader in Chromium: the story list, a story's sources in context, the conflict, keys, search, downloads.</summary>
public sealed class StoryPageBrowserTests(SampleServer sample, Browser browser)
{
    private TestServer Server => sample.Server;

    [Fact]
    public async Task ActivatingASentencesSourcesShowsEachMatchingSentenceHighlightedInContext()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Server.Url + "/");
        await page.ClickAsync("ol.stories li.story h2 a");
        await page.WaitForURLAsync("**/stories/*");
        var id = page.Url.Split('/')[^1];
        using var brief = JsonDocument.Parse(await Server.Client.GetStringAsync($"/api/v1/stories/{id}", TestContext.Current.CancellationToken));
        var first = brief.RootElement.GetProperty("summary")[0];
        var attributions = first.GetProperty("attributions").EnumerateArray().ToList();

        var evidence = page.Locator("#c1-evidence");
        Assert.False(await evidence.EvaluateAsync<bool>("d => d.open"));
        // One outlet per independent source: a copy is named by its original.
        var sources = brief.RootElement.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("label").GetString()!);
        var outlets = attributions.Select(a => sources[a.GetProperty("source").GetString()!])
            .OrderBy(s => s.GetProperty("independentSource").GetInt32()).ThenBy(s => s.TryGetProperty("copyOf", out _) ? 1 : 0)
            .GroupBy(s => s.GetProperty("independentSource").GetInt32()).Select(g => g.First().GetProperty("outlet").GetProperty("name").GetString()!).Distinct();
        var name = $"Reported by {first.GetProperty("independentSources").GetInt32()} of 4 sources: {string.Join(", ", outlets)}";
        var cite = page.Locator("#c1").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true });
        Assert.True(await cite.CountAsync() == 1, $"no link named \"{name}\"; the first sentence's is: {await page.Locator("#c1 a.cite").AriaSnapshotAsync()}");
        await cite.ClickAsync();

        Assert.True(await evidence.EvaluateAsync<bool>("d => d.open"));
        var marks = evidence.Locator(".match mark");
        Assert.Equal(attributions.Count, await marks.CountAsync());
        for (var i = 0; i < attributions.Count; i++)
        {
            Assert.Equal(attributions[i].GetProperty("text").GetString()!.ReplaceLineEndings(" "), await marks.Nth(i).InnerTextAsync());
            Assert.True(await marks.Nth(i).IsVisibleAsync());
        }

        // The outlet of each match links to its article at the sentence, where the sentence is marked too.
        var link = evidence.Locator(".match .who a").Nth(1);
        var outlet = await link.InnerTextAsync();
        await link.ClickAsync();
        await page.WaitForURLAsync("**/articles/*");
        Assert.Contains(outlet, await page.Locator(".source-article .meta").InnerTextAsync(), StringComparison.Ordinal);
        var target = page.Locator("mark.cited:target");
        Assert.Equal(attributions[1].GetProperty("text").GetString()!.ReplaceLineEndings(" "), await target.InnerTextAsync());
    }

    [Fact]
    public async Task TheConflictShowsBothSidesWithTheirOutletsInATable()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Server.Url + "/stories/1");
        var table = page.Locator("table.conflict-table");
        Assert.Contains("cannot all be true", await table.Locator("caption").InnerTextAsync(), StringComparison.Ordinal);
        var row = table.Locator("tbody tr").First;
        Assert.Equal("People who had been evacuated", await row.Locator("th").InnerTextAsync());
        var sides = row.Locator(".side");
        Assert.Equal(2, await sides.CountAsync());
        Assert.Contains("more than 4,000", await sides.Nth(0).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("nearly 4,000 (The Kharsun Courier)", await sides.Nth(1).InnerTextAsync());
        Assert.Equal(" vs ", await row.Locator(".vs").TextContentAsync());
    }

    [Fact]
    public async Task KeysMoveBetweenSentencesOpenTheirSourcesAndShowTheShortcuts()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Server.Url + "/stories/1");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        Assert.Equal("c2", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("k");
        Assert.Equal("c1", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("o");
        Assert.True(await page.Locator("#c1-evidence").EvaluateAsync<bool>("d => d.open"));
        Assert.Equal("true", await page.Locator("#c1 a.cite").GetAttributeAsync("aria-expanded"));

        await page.Keyboard.PressAsync("?");
        var dialog = page.Locator("dialog#shortcuts");
        Assert.True(await dialog.IsVisibleAsync());
        Assert.Contains("Next / previous story", await dialog.InnerTextAsync(), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await dialog.IsVisibleAsync());

        await page.GotoAsync(Server.Url + "/");
        await page.Keyboard.PressAsync("j");
        Assert.Equal("story current", await page.EvaluateAsync<string>("document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/stories/1");
    }

    [Fact]
    public async Task WithoutJavaScriptTheSourcesStillOpenFromTheCitation()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(Server.Url + "/stories/1");
        await page.ClickAsync("#c2 a.cite");
        Assert.EndsWith("#c2-sources", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#c2-evidence").EvaluateAsync<bool>("d => d.open"));
        Assert.True(await page.Locator("#c2-evidence .match mark").First.IsVisibleAsync());
    }

    [Fact]
    public async Task SearchFindsPhrasesAndPrefixesAndExplainsABadQuery()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Server.Url + "/");
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("\"spillway gate\"");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=*");
        Assert.Equal(1, await page.Locator("ol.story-hits li").CountAsync());
        var hits = page.Locator("ol.hits li");
        Assert.True(await hits.CountAsync() >= 4);
        Assert.Equal("spillway gate", (await hits.First.Locator(".snippet mark").First.InnerTextAsync()).ToLowerInvariant());

        await page.FillAsync("#q", "evacu*");
        await page.PressAsync("#q", "Enter");
        await page.WaitForURLAsync("**/search?q=evacu*");
        Assert.True(await page.Locator("ol.hits li").CountAsync() >= 2);

        var response = await page.GotoAsync(Server.Url + "/search?q=%22dam+gate");
        Assert.Equal(400, response!.Status);
        Assert.Equal("This search cannot be read: the quote opened at character 1 is never closed.", await page.Locator("[role=alert]").InnerTextAsync());
    }

    [Fact]
    public async Task TheJsonDownloadIsTheApisBrief()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Server.Url + "/stories/1");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".toolbar a:text-is('JSON')"));
        Assert.Equal("chorus-story-1-v1.json", download.SuggestedFilename);
        var path = await download.PathAsync();
        Assert.Equal(await Server.Client.GetStringAsync("/api/v1/stories/1", TestContext.Current.CancellationToken), await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal(4, json.RootElement.GetProperty("independentSources").GetInt32());
    }
}
