using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Chorus.Core.Tests.Storage;
using Xunit;

namespace Chorus.Core.Tests.Rendering;

/// <summary>The HTML brief: self-contained, every source text encoded, each summary sentence's sources highlighted in context.</summary>
public sealed class BriefHtmlTests
{
    [Fact]
    public void MarkupInSourcesStaysTextAndUnsafeAddressesAreNeverLinks()
    {
        var hostile = new RawDocument("hostile.txt",
            "Bridge <script>alert(1)</script> closed\nMay 1, 2024\n\nEngineers closed the Calvera harbour bridge on Tuesday after inspectors found a crack <img src=x onerror=alert(2)> in a main girder.\n\nTraffic was diverted through the old town while the crack in the Calvera bridge was measured by engineers.\n",
            ContentKind.PlainText)
        { Url = "javascript:alert(3)", OutletHint = "<b>Bold</b> News" };
        var run = BriefPipeline.Run([hostile, TempFolder.Article(0), TempFolder.Article(2)]);
        var html = BriefHtml.Render(run.Brief!, run.Problems);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt; News", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EachSummarySentenceCarriesItsSourcesWithTheMatchingSpanMarkedInContext()
    {
        var run = BriefPipeline.Run([TempFolder.Article(0), TempFolder.Article(2), TempFolder.Article(4)]);
        var brief = run.Brief!;
        var dto = BriefJson.ToDto(brief, run.Problems);
        var body = BriefHtml.Body(dto, BriefHtml.Texts(brief), new BriefHtmlOptions { ArticleLink = (id, at) => $"/a/{id}#{at}" });

        var first = dto.Summary[0];
        Assert.Contains($"<li class=\"claim\" id=\"c1\" tabindex=\"-1\" data-nav=\"item\">", body, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"visually-hidden\">Reported by</span><span class=\"count\">{first.IndependentSources} of {dto.IndependentSources} sources:</span> <span class=\"chip\">", body, StringComparison.Ordinal);
        foreach (var a in first.Attributions)
        {
            Assert.Contains($"<mark>{HtmlWriter.Encode(a.Text.Replace('\n', ' '))}</mark>", body, StringComparison.Ordinal);
            Assert.Contains($"href=\"/a/{a.ArticleId}#{a.Start}\"", body, StringComparison.Ordinal);
        }

        var document = BriefHtml.Render(brief, run.Problems);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", document, StringComparison.Ordinal);
        Assert.Contains("<style>" + BriefHtml.Stylesheet + "</style>", document, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", document, StringComparison.Ordinal);
        Assert.Contains("href=\"#source-S1\"", document, StringComparison.Ordinal);
        Assert.Equal(document, BriefHtml.Document(dto, BriefHtml.Texts(brief)));
    }

    [Fact]
    public void ContextStopsAtTheParagraphAndCutsLongSidesAtASpace()
    {
        var text = "First paragraph ends here.\n\nAlpha beta gamma delta. The matched sentence sits here. Epsilon zeta eta theta.\n\nLast one.";
        var start = text.IndexOf("The matched", StringComparison.Ordinal);
        var end = text.IndexOf(" Epsilon", StringComparison.Ordinal);
        Assert.Equal("Alpha beta gamma delta. <mark>The matched sentence sits here.</mark> Epsilon zeta eta theta.", new HtmlWriter().SpanInContext(text, start, end, 200).ToString());
        Assert.Equal("…delta. <mark>The matched sentence sits here.</mark> Epsilon…", new HtmlWriter().SpanInContext(text, start, end, 9).ToString());
    }
}
