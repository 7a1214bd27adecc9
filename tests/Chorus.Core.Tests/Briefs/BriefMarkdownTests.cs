using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Briefs;

/// <summary>The Markdown an editor reads: no spans or scores unless asked, counts in the right number, no empty headings.</summary>
public sealed class BriefMarkdownTests
{
    private static readonly RawDocument Lone = new(
        "lone.txt",
        "The council closed the Old Mill bridge on Tuesday after engineers found deep cracks in two of its stone piers.\n\nDrivers face a detour over the ring road for at least six weeks while the piers are rebuilt, the council said.",
        ContentKind.PlainText);

    private static string Markdown(IReadOnlyList<RawDocument> documents, bool verbose = false) =>
        BriefMarkdown.Render(BriefPipeline.Run(documents).Brief!, [], new MarkdownOptions { Verbose = verbose });

    [Fact]
    public void OneArticleIsCountedInTheSingular()
    {
        var md = Markdown([Lone]);

        Assert.Contains("*1 article from 1 independent source*", md, StringComparison.Ordinal);
        Assert.Contains("<sub>1 of 1 source: **S1** unknown outlet (lone.txt)</sub>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void NoHeadingIsEmpty()
    {
        foreach (var md in new[] { Markdown([Lone]), Markdown(Seeds.Sample), Markdown(Seeds.All) })
        {
            var lines = md.Split('\n').Where(l => l.Length > 0).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].StartsWith('#'))
                {
                    var level = lines[i].TakeWhile(c => c == '#').Count();
                    var next = i + 1 < lines.Count ? lines[i + 1] : "";
                    var nextLevel = next.TakeWhile(c => c == '#').Count();
                    Assert.False(next.Length == 0 || (nextLevel > 0 && nextLevel <= level), $"empty heading: {lines[i]}");
                }
            }
        }
    }

    [Fact]
    public void SpansAndMatchScoresAreShownOnlyWhenVerbose()
    {
        var plain = Markdown(Seeds.Sample);
        var verbose = Markdown(Seeds.Sample, verbose: true);

        Assert.DoesNotContain("chars ", plain, StringComparison.Ordinal);
        Assert.DoesNotContain(", match 0.", plain, StringComparison.Ordinal);
        Assert.Contains("chars ", verbose, StringComparison.Ordinal);
        Assert.Contains(", match 0.", verbose, StringComparison.Ordinal);
    }

    [Fact]
    public void DisputedQuantitiesComeFirstAndAQuoteIsListedOnce()
    {
        var brief = BriefPipeline.Run(Seeds.Sample).Brief!;
        var md = BriefMarkdown.Render(brief, []);

        var quantities = md[md.IndexOf("### Quantities", StringComparison.Ordinal)..].Split('\n').Skip(2).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        var disputed = quantities.Select((line, i) => (line, i)).Where(x => x.line.Contains("disputed", StringComparison.Ordinal)).Select(x => x.i).ToList();
        Assert.NotEmpty(disputed);
        Assert.Equal(Enumerable.Range(0, disputed.Count), disputed);
        foreach (var quote in brief.Facts.Quotes)
        {
            var shown = $"“{BriefMarkdown.Escape(quote.Text)}”";
            Assert.Equal(1, (md.Length - md.Replace(shown, "", StringComparison.Ordinal).Length) / shown.Length);
        }
    }
}
