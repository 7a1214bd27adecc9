using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Xunit;

namespace Chorus.Core.Tests.Rendering;

/// <summary>The claims view in the three forms of the brief, from two outlets quoting one speaker differently.</summary>
public sealed class ClaimsRenderingTests
{
    private static BriefRun Run() => BriefPipeline.Run(
    [
        new RawDocument("post.txt", "Dam repairs to start before winter\nMay 2, 2024\n\nThe Kessa dam will be repaired before winter, officials said on Thursday after a survey of the cracked spillway.\n\n“We will rebuild every house in the valley before winter,” said Governor Ivo Marek.\n", ContentKind.PlainText) { OutletHint = "Valley Post" },
        new RawDocument("wire.txt", "Kessa dam repairs to begin before winter\nMay 2, 2024\n\nThe Kessa dam will be repaired before winter, officials said on Thursday after a survey of its cracked spillway.\n\n“We will rebuild every single house in the valley before the winter,” Governor Ivo Marek said.\n", ContentKind.PlainText) { OutletHint = "River Wire" },
    ]);

    [Fact]
    public void MarkdownListsTheClaimOnceWithBothOutletsAndTheDifferentWordings()
    {
        var run = Run();
        var md = BriefMarkdown.Render(run.Brief!, run.Problems);
        Assert.Contains("### Claims", md, StringComparison.Ordinal);
        var line = Assert.Single(md.Split('\n'), l => l.StartsWith("- **Ivo Marek**: ", StringComparison.Ordinal));
        Assert.Contains("River Wire", line, StringComparison.Ordinal);
        Assert.Contains("Valley Post", line, StringComparison.Ordinal);
        Assert.Contains("quoted differently", md, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonAndHtmlCarryTheClaimItsSourcesAndTheFlag()
    {
        var run = Run();
        var dto = BriefJson.ToDto(run.Brief!, run.Problems);
        var claim = Assert.Single(dto.Facts!.Claims, c => c.Speaker == "Ivo Marek");
        Assert.Equal(2, claim.Sources.Count);
        Assert.True(claim.QuotedDifferently);
        Assert.All(claim.Mentions, m => Assert.True(m.Direct));
        Assert.Contains("\"quotedDifferently\": true", BriefJson.Render(run.Brief!, run.Problems), StringComparison.Ordinal);

        var html = BriefHtml.Render(run.Brief!, run.Problems);
        Assert.Contains("<section class=\"attributed-claims\"", html, StringComparison.Ordinal);
        Assert.Contains("quoted differently", html, StringComparison.Ordinal);
    }
}
