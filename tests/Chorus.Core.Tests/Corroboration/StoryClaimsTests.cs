using Chorus.Core.Corroboration;
using Chorus.Core.Summarization;
using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Corroboration;

/// <summary>
/// The coverage judgment asks a story's sentences one at a time, stopping at the first that speaks
/// (<see cref="SentenceComparison.Speaks(ClaimReading, ClaimReading, double, SupportOptions)"/>, coverage measured on
/// word numbers): it must decide exactly what judging every other source's document whole decides.
/// </summary>
public sealed class StoryClaimsTests
{
    /// <summary>An invented story of four outlets: agreement, paraphrase, a clash of counts, an age, a year, and asides.</summary>
    private static readonly (string Id, string Text)[] Articles =
    [
        ("north", "A ferry carrying 120 passengers sank off the island of Brevik on Tuesday. More than 2,000 people fled the island "
            + "after the ferry sank, the mayor said. Captain Olaf Renn, 54, was among the survivors. The ferry had been inspected in 2019. "
            + "The harbour cafe stayed open all night."),
        ("south", "The Brevik ferry went down on Tuesday with 120 passengers aboard, coast guard officials said. By Wednesday 2,140 "
            + "people had fled Brevik by road and boat, leaving the harbour town almost empty. Renn, 61, told reporters the engine "
            + "failed. Relatives gathered at the harbour."),
        ("east", "Rescue boats searched the cold sea near Brevik for survivors of the sunken ferry. Inspectors last checked the ferry "
            + "engines in 2015 and found rust on the hull. About 900 people fled the island, the coast guard said. The island's "
            + "schools closed for the day."),
        ("west", "A storm is expected to reach the northern coast by the weekend. Farmers moved their sheep to higher ground."),
    ];

    private static StorySentences Story() =>
        new(Articles.Select(a => new SummaryDocument(a.Id, a.Id, SentenceReader.Read(a.Id, a.Text))).ToList(), 0.4);

    /// <summary>
    /// The shipped settings (under which "2,140 people had fled" supports "more than 2,000 people fled" by the count
    /// alone), and settings under which a year dispute needs little in common or more.
    /// </summary>
    [Theory]
    [InlineData(0.25, 0.175)]
    [InlineData(0.9, 0.05)]
    [InlineData(0.6, 0.3)]
    public void ASentenceSpeaksExactlyWhenItAloneMakesTheJudgeSpeak(double supports, double related)
    {
        var story = Story();
        var options = new SupportOptions(supports, related);
        var claims = new StoryClaims(story, options);
        var kinds = new List<SupportKind>();
        for (var a = 0; a < story.All.Count; a++)
        {
            for (var b = 0; b < story.All.Count; b++)
            {
                var verdict = SupportJudge.Judge(claims.Readings[a], [claims.Readings[b]], claims.Weights, options);
                kinds.Add(verdict.Kind);
                Assert.Equal(verdict.Kind != SupportKind.Silent, SentenceComparison.Speaks(claims.Readings[a], claims.Readings[b], claims.Weights, options));
            }
        }

        // The pairs exercise all three verdicts, so the equality above is not only of silences.
        Assert.Contains(SupportKind.Supports, kinds);
        Assert.Contains(SupportKind.Disputes, kinds);
        Assert.Contains(SupportKind.Silent, kinds);
    }

    [Fact]
    public void CoverageByWordNumbersIsTheComparisonsCoverageToTheBit()
    {
        var story = Story();
        var claims = new StoryClaims(story, new SupportOptions());
        var ids = new ClaimWordIds(claims.Readings, claims.Weights);
        var coverages = new List<double>();
        for (var a = 0; a < story.All.Count; a++)
        {
            for (var b = 0; b < story.All.Count; b++)
            {
                var expected = SentenceComparison.Of(claims.Readings[a], claims.Readings[b], b, claims.Weights).Coverage;
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(ids.Coverage(a, b)));
                coverages.Add(expected);
            }
        }

        // Pairs score from nothing to partial overlap, not only the extremes.
        Assert.Contains(coverages, c => c is > 0.1 and < 0.9);
        Assert.Contains(0.0, coverages);
    }

    [Fact]
    public void ReportedElsewhereIsWhatJudgingEveryOtherSourcesDocumentSays()
    {
        var story = Story();
        var claims = new StoryClaims(story, new SupportOptions());
        var reported = new List<bool>();
        for (var i = 0; i < story.All.Count; i++)
        {
            var own = story.All[i];
            var judgedWhole = Enumerable.Range(0, story.Documents.Count)
                .Where(d => story.Sources[d] != own.Source)
                .Any(d => claims.Judge(i, d).Kind != SupportKind.Silent);
            reported.Add(judgedWhole);
            Assert.Equal(judgedWhole, claims.ReportedElsewhere(i));
        }

        // The ferry's sinking is reported elsewhere; the harbour cafe and the storm are not.
        Assert.Contains(true, reported);
        Assert.Contains(false, reported);
        Assert.False(claims.ReportedElsewhere(IndexOf(story, "The harbour cafe")));
        Assert.True(claims.ReportedElsewhere(IndexOf(story, "More than 2,000 people fled")));
    }

    private static int IndexOf(StorySentences story, string opening) =>
        Enumerable.Range(0, story.All.Count).Single(i => story.All[i].Sentence.Text.StartsWith(opening, StringComparison.Ordinal));
}
