using Chorus.Core.Briefs;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Briefs;

public class BriefPipelineTests
{
    private static readonly BriefRun SeedRun = BriefPipeline.Run(Seeds.All);

    private static Brief SeedBrief => SeedRun.Brief!;

    private static string Label(string seedPrefix) =>
        SeedBrief.Sources.Single(s => Path.GetFileName(s.Article.Origin).StartsWith(seedPrefix + "_", StringComparison.Ordinal)).Label;

    [Fact]
    public void SummaryCoversTheFlightTheMobilisationAndTheVowWithinTheBudget()
    {
        var text = string.Join(" ", SeedBrief.Summary.Select(s => s.Sentence.Text));
        Assert.Contains("fled into neighbouring Tajikistan", text, StringComparison.Ordinal);
        Assert.Contains("20,000", text, StringComparison.Ordinal);
        Assert.Contains("retake", text, StringComparison.Ordinal);
        Assert.True(text.Split(' ').Length <= BriefOptions.DefaultWords);
    }

    [Fact]
    public void NoSummarySentenceIsBoilerplate()
    {
        var removed = SeedBrief.Sources.SelectMany(s => s.Article.Removed).Select(r => r.Text).ToList();
        foreach (var sentence in SeedBrief.Summary)
        {
            Assert.DoesNotContain(removed, r => r.Contains(sentence.Sentence.Text, StringComparison.Ordinal));
            Assert.DoesNotMatch("(?i)read more|comment|social media|back to top|published in", sentence.Sentence.Text);
        }
    }

    [Fact]
    public void SentenceReportedByThreeIndependentSourcesCitesAllThree()
    {
        var mobilisation = Assert.Single(SeedBrief.Summary, s => s.Sentence.Text.Contains("20,000", StringComparison.Ordinal));
        Assert.Equal(3, mobilisation.IndependentSources);
        var cited = mobilisation.Attributions.Select(a => SeedBrief.SourceOf(a.ArticleId).Label).ToHashSet();
        Assert.Superset(new HashSet<string> { Label("000"), Label("002"), Label("003") }, cited);
        Assert.Contains(Label("001"), cited); // the copy is listed, but not counted as another source

        var afp = SeedBrief.SourceOf(mobilisation.Attributions.Single(a => SeedBrief.SourceOf(a.ArticleId).Label == Label("002")).ArticleId);
        var afpSpan = mobilisation.Attributions.Single(a => a.ArticleId == afp.Article.Id).Span;
        Assert.StartsWith("Tajik President Emomali Rakhmon has ordered", afp.Article.Text.Substring(afpSpan.Start, afpSpan.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryAttributionSpanHoldsItsText()
    {
        foreach (var attribution in SeedBrief.Summary.SelectMany(s => s.Attributions))
        {
            var article = SeedBrief.SourceOf(attribution.ArticleId).Article;
            var spanText = article.Text.Substring(attribution.Span.Start, attribution.Span.Length);
            Assert.Equal(attribution.Text, string.Join(' ', spanText.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        }
    }

    [Fact]
    public void CopyIsListedButCountedOnce()
    {
        Assert.Equal(5, SeedBrief.Sources.Count);
        Assert.Equal(4, SeedBrief.IndependentSources);
        var copy = SeedBrief.Sources.Single(s => s.Label == Label("001"));
        Assert.Equal(Label("000") + "a", copy.Label);
        Assert.Equal("TRT World", SeedBrief.Sources.Single(s => s.Label == Label("000")).Article.Outlet.Name);
    }

    [Fact]
    public void CoverageListsWhatOnlyOneSourceReports()
    {
        var dawn = SeedBrief.Coverage.Single(c => c.Label == Label("004"));
        Assert.Contains(dawn.OnlyHere, s => s.Text.Contains("asked for reinforcements", StringComparison.Ordinal));

        // A quotation of two sentences is listed whole, from its opening mark, not from its second sentence.
        var basir = Assert.Single(dawn.OnlyHere, s => s.Text.Contains("asked for reinforcements", StringComparison.Ordinal));
        Assert.StartsWith("“They did not want to surrender.", basir.Text, StringComparison.Ordinal);
        var presstv = SeedBrief.Coverage.Single(c => c.Label == Label("003"));
        Assert.Contains(presstv.OnlyHere, s => s.Text.Contains("Qala-i-Naw", StringComparison.Ordinal));
        Assert.DoesNotContain(SeedBrief.Coverage, c => c.Label == Label("001"));

        // TRT's "nearly 1,000" flight is disputed by AFP and Dawn, so it is reported elsewhere, not TRT's alone; Dawn's
        // 1,037 agrees with AFP's "more than 1,000" fled, so that sentence is not Dawn's alone either.
        var trt = SeedBrief.Coverage.Single(c => c.Label == Label("000"));
        Assert.DoesNotContain(trt.OnlyHere, s => s.Text.Contains("Nearly 1,000", StringComparison.Ordinal));
        Assert.DoesNotContain(dawn.OnlyHere, s => s.Text.Contains("1,037", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFlightSentenceCreditsDawnAndShowsTrtDisputingIt()
    {
        var flight = Assert.Single(SeedBrief.Summary, s => s.Sentence.Text.Contains("more than 1,000 government troops fled", StringComparison.Ordinal));
        var credited = flight.Attributions.Select(a => SeedBrief.SourceOf(a.ArticleId).Label).ToHashSet();
        Assert.Contains(Label("004"), credited);
        Assert.DoesNotContain(Label("000"), credited);
        var dispute = Assert.Single(flight.Disputes, d => SeedBrief.SourceOf(d.ArticleId).Label == Label("000"));
        Assert.Equal(("count", "more than 1,000", "nearly 1,000"), (dispute.Kind, dispute.ClaimValue, dispute.SourceValue));
    }

    [Fact]
    public void TheMohibSentenceIsCreditedForWhatHeSaidNotForHisName()
    {
        var mohib = Assert.Single(SeedBrief.Summary, s => s.Sentence.Text.Contains("Mohib", StringComparison.Ordinal));
        var afp = Assert.Single(mohib.Attributions, a => SeedBrief.SourceOf(a.ArticleId).Label == Label("002"));
        Assert.Contains("plans to retake the districts", afp.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(mohib.Attributions, a => a.Text.Contains("continue to defend", StringComparison.Ordinal));
    }

    [Fact]
    public void SameInputGivesSameBytes()
    {
        var first = BriefJson.Render(SeedBrief, SeedRun.Problems);
        var second = BriefPipeline.Run(Seeds.All);
        Assert.Equal(first, BriefJson.Render(second.Brief!, second.Problems));
        Assert.Contains("\"schemaVersion\": 3", first, StringComparison.Ordinal);
        Assert.Equal(BriefMarkdown.Render(SeedBrief, []), BriefMarkdown.Render(second.Brief!, []));
    }

    [Fact]
    public void SampleBriefNamesItsOutletsAndFindsTheCopy()
    {
        var brief = BriefPipeline.Run(Seeds.Sample).Brief!;
        Assert.Equal(4, brief.IndependentSources);
        var copy = Assert.Single(brief.Sources, s => s.CopyOf is not null);
        Assert.EndsWith("02-northline-copy.txt", copy.Article.Origin, StringComparison.Ordinal);
        Assert.Contains(brief.Sources, s => s.Article.Outlet.Name == "The Kharsun Courier");
        Assert.Contains(brief.Sources, s => s.Article.Outlet.Name == "The Daily Ledger");
        Assert.Contains(brief.Summary, s => s.IndependentSources >= 3);
    }
}
