using System.Text.Json;
using Chorus.Core.Briefs;
using Chorus.Core.Facts;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Facts;

/// <summary>The Facts stage on the shared seed articles and on the shipped sample, through the whole pipeline.</summary>
public class SeedFactsTests
{
    private static readonly Brief SeedBrief = BriefPipeline.Run(Seeds.All).Brief!;

    private static readonly Brief SampleBrief = BriefPipeline.Run(Seeds.Sample).Brief!;

    private static string Outlet(Brief brief, SourceSpan span) => brief.SourceOf(span.ArticleId).Article.Outlet.Name;

    [Fact]
    public void FindsTheTroopCountConflictWithEachSidesSourcesAndSpans()
    {
        var conflict = Assert.Single(SeedBrief.Facts.Conflicts, c => c.Kind == ClaimKind.Quantity && c.Claim.StartsWith("Troops who", StringComparison.Ordinal));
        Assert.Contains("Tajikistan", conflict.Claim, StringComparison.Ordinal);
        Assert.Equal(2, conflict.Sides.Count);

        var agreeing = conflict.Sides.Single(s => s.Values.Any(v => v.Value == "1,037"));
        var moreThan = Assert.Single(agreeing.Values, v => v.Value.Equals("more than 1,000", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["AFP", "Dawn"], moreThan.Sources.Select(s => Outlet(SeedBrief, s)).Distinct().Order().ToArray());
        var exact = agreeing.Values.Single(v => v.Value == "1,037");
        Assert.Equal("Dawn", Outlet(SeedBrief, Assert.Single(exact.Sources)));

        var nearly = Assert.Single(conflict.Sides.Single(s => s != agreeing).Values);
        Assert.Equal("nearly 1,000", nearly.Value);
        Assert.All(nearly.Sources, s => Assert.Equal("TRT World", Outlet(SeedBrief, s)));

        foreach (var span in conflict.Sides.SelectMany(s => s.Values).SelectMany(v => v.Sources))
        {
            var article = SeedBrief.SourceOf(span.ArticleId).Article;
            Assert.Equal(span.Text, article.Text.Substring(span.Span.Start, span.Span.Length));
        }

        Assert.DoesNotContain(SeedBrief.Facts.Agreements, a => a.Claim == conflict.Claim);
        Assert.Contains(conflict.Sides, s => s.Values.Select(v => v.Value).Contains("1,037") && s.Values.Count > 1);
    }

    [Fact]
    public void SeedQuotesHaveTheirSpeakers()
    {
        var quotes = SeedBrief.Facts.Quotes;
        Assert.Equal("Hamdullah Mohib", quotes.Single(q => q.Text.StartsWith("There is war, there is pressure", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Hamdullah Mohib", quotes.Single(q => q.Text.StartsWith("We have plans to retake", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Dmitry Peskov", quotes.Single(q => q.Text.StartsWith("We’re monitoring it very closely", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Atta Noori", quotes.Single(q => q.Text.StartsWith("It is an emergency situation", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Zamir Kabulov", quotes.Single(q => q.Text.StartsWith("The situation is changing rapidly", StringComparison.Ordinal)).Speaker);
        var glitches = quotes.Single(q => q.Text.StartsWith("We had some glitches", StringComparison.Ordinal));
        Assert.Equal("Hamdullah Mohib", glitches.Speaker);
        Assert.EndsWith("air force", glitches.Text, StringComparison.Ordinal);
        var retake = quotes.Single(q => q.Text.StartsWith("We have plans to retake", StringComparison.Ordinal));
        Assert.Equal(2, retake.Mentions.Select(m => Outlet(SeedBrief, new SourceSpan(m.ArticleId, m.Spans[0], ""))).Distinct().Count());
    }

    [Fact]
    public void SeedEntitiesMergeSpellingVariants()
    {
        var city = Assert.Single(SeedBrief.Facts.Entities, e => e.Variants.Contains("Mazar-e-Sharif"));
        Assert.Contains("Mazar-i-Sharif", city.Variants);
        Assert.Equal(EntityType.Place, city.Type);
        Assert.Contains("Badakshan", SeedBrief.Facts.Entities.Single(e => e.Name == "Badakhshan").Variants);
        Assert.Equal(EntityType.Person, SeedBrief.Facts.Entities.Single(e => e.Name == "Emomali Rakhmon").Type);
    }

    [Fact]
    public void TheMarkdownBriefReadsTheConflictPlainly()
    {
        var md = BriefMarkdown.Render(SeedBrief, []);
        Assert.Matches(@"- \*\*Troops who [^*]*Tajikistan\*\*: 1,037 \(Dawn\), more than 1,000 \(Dawn, AFP\) vs nearly 1,000 \(TRT World\)", md);
        Assert.Contains("## Timeline", md, StringComparison.Ordinal);
        Assert.Contains("## Facts only one source reports", md, StringComparison.Ordinal);
        Assert.Contains("### Quotes", md, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSampleBriefFindsTheEvacueeConflictAndItsAgreements()
    {
        var conflict = Assert.Single(SampleBrief.Facts.Conflicts);
        Assert.StartsWith("People who", conflict.Claim, StringComparison.Ordinal);
        Assert.Contains(conflict.Sides, s => s.Values.Any(v => v.Value == "nearly 4,000") && s.Values.Count == 1);
        Assert.Contains(conflict.Sides, s => s.Values.Any(v => v.Value == "4,312") && s.Values.Any(v => v.Value.Equals("more than 4,000", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(SampleBrief.Facts.Agreements, a => a.Claim == "People who died" && a.Values.Any(v => v.Value == "at least seven"));
        var nobody = SampleBrief.Facts.Quotes.Single(q => q.Text.StartsWith("Nobody should go back", StringComparison.Ordinal));
        Assert.Equal("Amira Sadeq", nobody.Speaker);
        Assert.Contains(nobody.Mentions, m => m.Spans.Count == 2); // the Ledger splits it with "Sadeq told reporters"
    }

    [Fact]
    public void TheJsonBriefCarriesFactsAndStaysByteStable()
    {
        var first = BriefJson.Render(SeedBrief, []);
        var second = BriefJson.Render(BriefPipeline.Run(Seeds.All).Brief!, []);
        Assert.Equal(first, second);
        using var json = JsonDocument.Parse(first);
        var facts = json.RootElement.GetProperty("facts");
        var conflict = facts.GetProperty("conflicts")[0];
        Assert.Equal("quantity", conflict.GetProperty("kind").GetString());
        var span = conflict.GetProperty("sides")[0].GetProperty("values")[0].GetProperty("sources")[0];
        Assert.True(span.GetProperty("end").GetInt32() > span.GetProperty("start").GetInt32());
        Assert.True(facts.GetProperty("quotes").GetArrayLength() > 10);
        Assert.True(facts.GetProperty("timeline").GetArrayLength() > 3);
        Assert.Null(facts.GetProperty("quantities").EnumerateArray().Select(q => q.GetProperty("interval")).First(i => i.GetProperty("lowOpen").GetBoolean()).GetProperty("high").GetString());
    }
}
